import { vi } from '../messages/vi';
/**
 * The fixed Vietnamese wording of the forces documents (militia rosters, reservist lists, the
 * strength summary). Document content builders may hold Vietnamese text (conventions.md); the
 * column headings live here so a document's .docx and .xlsx always print the same words.
 */
export const forcesText = {
  /** Type codes in "Số: 03/DS-BCH" (danh sách) and "Số: 04/BC-BCH" (báo cáo). */
  listTypeCode: 'DS',
  reportTypeCode: 'BC',
  people: 'người',
  groupTotal: 'Cộng: {count} người',
  grandTotal: 'Tổng cộng: {count} người',
  totalLine: 'Tổng số: {count} người.',
  asOfLine: '(Tính đến ngày {date})',
  recipients: ['Bộ CHQS tỉnh (để b/c)'],
  archive: [] as readonly string[],
  yes: 'x',

  militiaRosterTitle: 'Danh sách dân quân tự vệ',
  scopeUnit: 'Đơn vị: {name}',
  scopeLocality: 'Địa bàn: {name}',
  militiaRosterSheet: 'Dân quân tự vệ',
  termEndingTitle: 'Danh sách dân quân tự vệ hết nhiệm kỳ năm {year}',
  termEndingNote: '(Hết thời hạn thực hiện nghĩa vụ, kể cả trường hợp kéo dài, trong năm {year})',
  termEndingSheet: 'Hết nhiệm kỳ {year}',
  unitPath: ' – ',
  noLocality: 'Chưa xác định',
  extendedUntil: 'Kéo dài đến {date}',
  volunteer: 'Tình nguyện',
  partyMember: 'Đảng viên',
  youthUnion: 'Đoàn viên',
  male: 'Nam',
  female: 'Nữ',

  reservesRosterTitle: 'Danh sách quân nhân dự bị',
  reservesRosterSheet: 'Quân nhân dự bị',
  reservesCounts: 'Hạng 1: {grade1} người; hạng 2: {grade2} người; đã sắp xếp vào đơn vị: {assigned} người.',
  gradeGroup: 'Quân nhân dự bị hạng {grade}',
  gradeTotal: 'Cộng hạng {grade}: {count} người',
  specialtyGroup: 'CNQS {code} – {name}',
  noSpecialty: 'Chưa xác định chuyên nghiệp quân sự',

  assignmentTitle: 'Danh sách sắp xếp quân nhân dự bị vào đơn vị dự bị động viên',
  assignmentUnit: '{name} ({kind})',
  assignmentReceiving: '{name} ({kind}) – đơn vị nhận nguồn: {receiving}',
  assignmentSheet: 'Sắp xếp QNDB',
  slotGroup: '{title} – CNQS {code} {name}: biên chế {required}, đã sắp xếp {assigned}',
  unitTotal:
    'Cộng {unit}: biên chế {required}, đã sắp xếp {assigned}, đạt {rate}%, {surplus}; đúng CNQS {matching}/{assigned}',
  overallTotal:
    'Tổng cộng: biên chế {required}, đã sắp xếp {assigned}, đạt {rate}%, {surplus}; đúng CNQS {matching}/{assigned}',
  overallNote: 'Biên chế: {required} người; đã sắp xếp: {assigned} người, đạt {rate}%; {surplus}.',
  surplus: 'dư {count} ({rate}%)',
  shortage: 'thiếu {count}',
  exact: 'đủ biên chế',
  unitKinds: { combat: 'chiến đấu', support: 'bảo đảm' },

  summaryTitle: 'Báo cáo',
  summarySubject: 'Số lượng lực lượng dân quân tự vệ và quân nhân dự bị động viên theo địa bàn',
  summaryOpening:
    '{office} báo cáo số lượng lực lượng dân quân tự vệ và quân nhân dự bị động viên theo địa bàn tính đến ngày {date} như sau:',
  summaryClosing: 'Trên đây là báo cáo số lượng lực lượng dân quân tự vệ và quân nhân dự bị của {office}./.',
  summarySheet: 'Lực lượng {year}',
  summarySheetTitle: 'Số lượng lực lượng dân quân tự vệ và quân nhân dự bị theo địa bàn',
  agencies: 'Tự vệ các cơ quan, tổ chức',
  unplaced: 'Chưa xác định địa bàn',
  total: 'Tổng cộng',
} as const;

export const forcesColumns = {
  index: 'TT',
  name: 'Họ và tên',
  birthDate: 'Ngày sinh',
  sex: 'Giới tính',
  residence: 'Nơi cư trú',
  position: 'Chức vụ',
  component: 'Thành phần',
  startedOn: 'Ngày vào',
  termEndsOn: 'Hết nhiệm kỳ',
  partyYouth: 'Đảng viên, Đoàn viên',
  unit: 'Đơn vị',
  notes: 'Ghi chú',
  rank: 'Cấp bậc',
  category: 'Diện',
  grade: 'Hạng',
  formerUnit: 'Đơn vị cũ',
  registeredOn: 'Ngày đăng ký',
  reserveUnit: 'Đơn vị DBĐV',
  specialty: 'CNQS',
  mismatch: 'Trái CNQS',
  assignedOn: 'Ngày sắp xếp',
  locality: 'Địa bàn',
  population: 'Dân số',
  militia: 'Dân quân tự vệ',
  militiaCount: 'Tổng số',
  militiaShare: 'Tỷ lệ so với dân số (%)',
  party: 'Đảng viên',
  partyShare: 'Tỷ lệ đảng viên (%)',
  share: 'Tỷ lệ (%)',
  standing: 'Thường trực',
  mobile: 'Cơ động',
  reservists: 'Quân nhân dự bị',
  grade1: 'Hạng 1',
  grade2: 'Hạng 2',
  assigned: 'Đã sắp xếp',
} as const;

/** The same words as the screens and API messages use (one catalogue). */
export const componentLabels = vi.militia.components;
export type MilitiaComponent = keyof typeof componentLabels;

/** The unit's name for its leader and deputy (Art. 19 Luật DQTV): "Tiểu đội trưởng", "Trung đội phó" … */
export const levelLeaders = {
  team: ['Tổ trưởng', 'Tổ phó'],
  squad: ['Tiểu đội trưởng', 'Tiểu đội phó'],
  gun_crew: ['Khẩu đội trưởng', 'Khẩu đội phó'],
  boat: ['Thuyền trưởng', 'Thuyền phó'],
  platoon: ['Trung đội trưởng', 'Trung đội phó'],
  company: ['Đại đội trưởng', 'Đại đội phó'],
  sea_company: ['Hải đội trưởng', 'Hải đội phó'],
  battalion: ['Tiểu đoàn trưởng', 'Tiểu đoàn phó'],
  sea_battalion: ['Hải đoàn trưởng', 'Hải đoàn phó'],
} as const;
export type MilitiaLevel = keyof typeof levelLeaders;

export const positionLabels = {
  commander: 'Chỉ huy trưởng',
  political_officer: 'Chính trị viên',
  deputy_commander: 'Chỉ huy phó',
  deputy_political_officer: 'Chính trị viên phó',
  member: 'Chiến sĩ',
} as const;
export type MilitiaPosition = keyof typeof positionLabels | 'unit_leader' | 'deputy_unit_leader';

export const rankLabels = vi.reserves.ranks;
export type ReserveRank = keyof typeof rankLabels;

export const categoryLabels = { officer: 'Sĩ quan', soldier: 'HSQ, BS' } as const;
export type ReserveCategory = keyof typeof categoryLabels;
