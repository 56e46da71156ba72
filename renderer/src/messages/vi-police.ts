/**
 * The commune police notices' words (Decree 220/2025/NĐ-CP: the commune police report detentions
 * and moves to the commune command each quarter), merged into `vi` as `vi.police`.
 */
export const policeText = {
  sectionTabs: {
    people: 'Danh sách công dân',
    notices: 'Thông báo của Công an',
  },
  intro:
    'Công an cấp xã thông báo hằng quý cho Ban Chỉ huy quân sự cấp xã về công dân bị tạm giữ, tạm giam, chuyển đi, chuyển đến (Nghị định số 220/2025/NĐ-CP).',
  add: 'Nhập thông báo',
  empty: 'Chưa có thông báo nào của Công an.',
  filters: { year: 'Năm', quarter: 'Quý' },
  quarterLabel: 'Quý {quarter}/{year}',
  quarterNames: { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' } as Record<number, string>,
  overview: {
    title: 'Thông báo theo quý năm {year}',
    statuses: {
      received: 'đã nhận ({count})',
      missing: 'chưa nhận',
      upcoming: 'chưa đến hạn',
      notRequired: 'chưa có quy định',
    },
    /** A screen reader reads the tag whole: "Quý III/2026: chưa nhận". */
    item: '{quarter}: {status}',
  },
  columns: {
    quarter: 'Quý',
    receivedOn: 'Ngày nhận',
    sender: 'Cơ quan gửi',
    reference: 'Số thông báo',
    lineCount: 'Số công dân',
  },
  fields: {
    year: 'Năm',
    quarter: 'Quý',
    receivedOn: 'Ngày nhận',
    sender: 'Cơ quan gửi',
    senderPlaceholder: 'VD: Công an phường Đức Xuân',
    reference: 'Số thông báo',
    lines: 'Công dân trong thông báo',
    person: 'Công dân (trong danh sách)',
    personPlaceholder: 'Gõ họ tên hoặc số định danh…',
    personHint: 'Để trống nếu công dân chưa có trong danh sách, rồi ghi họ tên, ngày sinh, số định danh.',
    fullName: 'Họ và tên',
    birthDate: 'Ngày sinh',
    idNumber: 'Số định danh / CMND',
    kind: 'Sự việc',
    eventOn: 'Ngày',
    note: 'Ghi chú',
  },
  addLine: 'Thêm công dân',
  removeLine: 'Bỏ dòng {n}',
  lineTitle: 'Dòng {n}',
  kinds: {
    detention: 'Tạm giữ, tạm giam',
    moved_away: 'Chuyển đi',
    moved_in: 'Chuyển đến',
    other: 'Khác',
  },
  addTitle: 'Nhập thông báo của Công an',
  editTitle: 'Sửa thông báo {quarter}',
  saved: 'Đã lưu thông báo.',
  details: {
    title: 'Thông báo {quarter}',
    notInRegister: 'chưa có trong danh sách',
    noLines: 'Thông báo không có công dân nào.',
  },
  /** What a "moved away" line asks of the office: the person is still on one of its registers. */
  flags: {
    conscription: 'Đang trong đợt tuyển quân',
    militia: 'Đang là dân quân tự vệ',
    reserves: 'Đang là quân nhân dự bị',
  },
  flagsHint: 'Công dân đã chuyển đi nhưng vẫn còn trong danh sách này: hãy xử lý hồ sơ tương ứng.',
} as const;
