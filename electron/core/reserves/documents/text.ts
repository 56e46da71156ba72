import type { ReservistCategory } from '../../../../vocabulary/reserves';
import { vi } from '../../messages/vi';

/**
 * The fixed Vietnamese wording of the reservist documents (the roster, the assignment list); what
 * every list of people prints is `peopleListText` (docs/list-text.ts). Document content builders may
 * hold Vietnamese text (conventions.md); the column headings live here so a document's .docx and
 * .xlsx always print the same words.
 */
export const reservesText = {
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
} as const;

/** The reservist lists' own columns; TT, name, birth date, residence and notes are `columnText`'s. */
export const reservesColumns = {
  rank: 'Cấp bậc',
  category: 'Diện',
  grade: 'Hạng',
  formerUnit: 'Đơn vị cũ',
  registeredOn: 'Ngày đăng ký',
  reserveUnit: 'Đơn vị DBĐV',
  specialty: 'CNQS',
  mismatch: 'Trái CNQS',
  assignedOn: 'Ngày sắp xếp',
} as const;

export const rankLabels = vi.reserves.ranks;
export type ReserveRank = keyof typeof rankLabels;

/** Short labels for the roster's column; every category of the vocabulary has one (QNCN included). */
export const categoryLabels = {
  officer: 'Sĩ quan',
  professional: 'QNCN',
  soldier: 'HSQ, BS',
} as const satisfies Record<ReservistCategory, string>;
export type ReserveCategory = keyof typeof categoryLabels;
