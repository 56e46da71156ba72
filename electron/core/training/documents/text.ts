/**
 * The fixed Vietnamese wording of the training result report. Document content builders may hold
 * Vietnamese text (conventions.md); the column headings live here so the .docx and the .xlsx
 * always print the same words. The target in full is the catalogue's
 * (`vi.training.documentTargets`): the review report prints it too. Results are the shared vocabulary's.
 */
import { trainingResultLabels } from '../../../../vocabulary/training';

export const trainingText = {
  /** "Số: 04/BC-BCH" (báo cáo). */
  reportTypeCode: 'BC',
  reportTitle: 'Báo cáo',
  /** Sent where the forces' lists go (the province command, "Nơi nhận"). */
  recipients: ['Bộ CHQS tỉnh (để b/c)'],
  archive: [] as readonly string[],

  trainingSubject: 'Kết quả huấn luyện {title}',
  trainingOpening: '{office} báo cáo kết quả huấn luyện {title} như sau:',
  courseHeading: 'I. TÌNH HÌNH CHUNG',
  courseTarget: '1. Đối tượng: {value}.',
  courseTime: '2. Thời gian: {value}; số ngày theo kế hoạch: {days} ngày.',
  coursePlace: '3. Địa điểm: {value}.',
  participantsHeading: 'II. KẾT QUẢ HUẤN LUYỆN',
  participantsLine: 'Quân số tham gia: {count} người; tỷ lệ tham gia: {rate}%; khá, giỏi: {good} người ({goodRate}%).',
  trainingClosing: 'Trên đây là báo cáo kết quả huấn luyện {title} của {office}./.',
  trainingSheet: 'Kết quả huấn luyện',
  trainingResults: trainingResultLabels,
  totalRow: 'Tổng cộng: {count} người',
  goodOrBetter: 'Khá, giỏi: {count}',
} as const;

export const trainingColumns = {
  index: 'STT',
  name: 'Họ và tên',
  unit: 'Đơn vị',
  days: 'Số ngày tham gia / kế hoạch',
  rate: 'Tỷ lệ (%)',
  result: 'Kết quả',
} as const;
