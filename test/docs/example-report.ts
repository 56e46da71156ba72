/**
 * A realistic report for the document tests: the conscription results report of a city military
 * command, with a list of invented citizens long enough to run over several pages.
 */
import { type Document } from 'docx';
import {
  bodyParagraph,
  buildOfficialDocument,
  dataTable,
  headingParagraph,
  legalBasisParagraph,
  type OfficialDocumentInput,
} from '../../electron/core/docs/official-format';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Hà', 'Đặng', 'Bùi', 'Đỗ', 'Lục', 'Nông', 'Triệu'];
const MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Thế', 'Hữu', 'Công', 'Xuân'];
const GIVEN = ['Anh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hải', 'Hiếu', 'Khánh', 'Thắng'];
const WARDS = ['Đức Xuân', 'Sông Cầu', 'Phùng Chí Kiên', 'Minh Khai', 'Huyền Tụng', 'Dương Quang'];
const UNITS = ['Sư đoàn 346', 'Trung đoàn 750', 'Công an tỉnh'];

export interface ExampleCitizen {
  name: string;
  birthDate: string;
  address: string;
  health: string;
  unit: string;
}

/** 120 distinct invented citizens, in a fixed order the tests can look for. */
export function exampleCitizens(count = 120): ExampleCitizen[] {
  return Array.from({ length: count }, (_, i) => {
    const family = FAMILY[i % FAMILY.length] ?? '';
    const given = GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length] ?? '';
    const middle = MIDDLE[(i * 5) % MIDDLE.length] ?? '';
    return {
      name: `${family} ${middle} ${given}`,
      birthDate: `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2000 + (i % 6)}`,
      address: `Tổ ${(i % 14) + 1}, ${WARDS[i % WARDS.length] ?? ''}`,
      health: `Loại ${(i % 3) + 1}`,
      unit: UNITS[i % UNITS.length] ?? '',
    };
  });
}

export function exampleReportInput(citizens = exampleCitizens()): OfficialDocumentInput {
  return {
    office: {
      parentBody: 'Bộ CHQS tỉnh Bắc Kạn',
      name: 'Ban CHQS thành phố Bắc Kạn',
      placeName: 'Bắc Kạn',
      symbol: 'BCH',
    },
    number: 5,
    typeCode: 'BC',
    date: '2024-02-05',
    title: 'Báo cáo',
    summary: 'Kết quả công tác tuyển quân năm 2024',
    body: [
      legalBasisParagraph(
        'Căn cứ Luật Nghĩa vụ quân sự năm 2015; Thông tư số 148/2018/TT-BQP ngày 04 tháng 10 năm 2018 của Bộ trưởng Bộ Quốc phòng quy định tuyển chọn và gọi công dân nhập ngũ;',
      ),
      bodyParagraph(
        'Thực hiện chỉ đạo của Bộ Chỉ huy quân sự tỉnh, Ban Chỉ huy quân sự thành phố Bắc Kạn báo cáo kết quả công tác tuyển chọn và gọi công dân nhập ngũ năm 2024 như sau:',
      ),
      headingParagraph('I. KẾT QUẢ THỰC HIỆN'),
      bodyParagraph(
        'Thành phố đã giao đủ 77 công dân, trong đó 57 công dân nhập ngũ vào Quân đội và 20 công dân thực hiện nghĩa vụ tham gia Công an nhân dân, bảo đảm chất lượng, đúng luật, an toàn và tiết kiệm. Lễ giao nhận quân được tổ chức trang trọng, gọn nhẹ, đúng thời gian quy định.',
      ),
      bodyParagraph([
        { text: 'Số công dân khám sức khỏe và kết quả phân loại được tổng hợp ở ' },
        { text: 'bảng dưới đây', bold: true },
        { text: ' (số liệu minh họa).' },
      ]),
      dataTable(
        [
          { header: 'TT', weight: 10, align: 'center' },
          { header: 'Họ và tên', weight: 42 },
          { header: 'Ngày sinh', weight: 25, align: 'center' },
          { header: 'Nơi cư trú', weight: 42 },
          { header: 'Sức khỏe', weight: 15, align: 'center' },
          { header: 'Đơn vị nhận', weight: 31 },
        ],
        citizens.map((c, i) => [String(i + 1), c.name, c.birthDate, c.address, c.health, c.unit]),
      ),
      headingParagraph('II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
      bodyParagraph(
        'Tiếp tục nắm chắc nguồn công dân trong độ tuổi gọi nhập ngũ; phối hợp với các đơn vị nhận quân thăm hỏi, động viên tân binh; chuẩn bị tốt các điều kiện cho công tác tuyển quân năm 2025.',
      ),
    ],
    recipients: ['Bộ CHQS tỉnh (để b/c)', 'Thường trực Thành ủy', 'UBND thành phố', 'Hội đồng NVQS thành phố'],
    archive: ['TM'],
    signature: {
      authority: { kind: 'deputy', of: 'Chỉ huy trưởng' },
      title: 'Phó Chỉ huy trưởng',
      rank: 'Trung tá',
      name: 'Hoàng Văn Minh',
    },
  };
}

export function exampleReport(): Document {
  return buildOfficialDocument(exampleReportInput());
}
