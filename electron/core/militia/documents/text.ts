import { vi } from '../../messages/vi';

/**
 * The fixed Vietnamese wording of the militia documents (the roster, the term-ending list); what
 * every list of people prints is `peopleListText` (docs/list-text.ts). Document content builders may
 * hold Vietnamese text (conventions.md); the column headings live here so a document's .docx and
 * .xlsx always print the same words.
 */
export const militiaText = {
  militiaRosterTitle: 'Danh sách dân quân tự vệ',
  scopeLocality: 'Địa bàn: {name}',
  militiaRosterSheet: 'Dân quân tự vệ',
  termEndingTitle: 'Danh sách dân quân tự vệ hết nhiệm kỳ năm {year}',
  termEndingNote: '(Hết thời hạn thực hiện nghĩa vụ, kể cả trường hợp kéo dài, trong năm {year})',
  termEndingSheet: 'Hết nhiệm kỳ {year}',
  unitPath: ' – ',
  extendedUntil: 'Kéo dài đến {date}',
  volunteer: 'Tình nguyện',
  partyMember: 'Đảng viên',
  youthUnion: 'Đoàn viên',
} as const;

/** The militia lists' own columns; TT, name, birth date, residence and notes are `columnText`'s. */
export const militiaColumns = {
  sex: 'Giới tính',
  position: 'Chức vụ',
  component: 'Thành phần',
  startedOn: 'Ngày vào',
  termEndsOn: 'Hết nhiệm kỳ',
  partyYouth: 'Đảng viên, Đoàn viên',
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
