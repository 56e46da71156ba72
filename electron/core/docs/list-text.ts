/**
 * The wording every list of people shares, whichever feature prints it: the number series, the
 * total line, the area groups and the people columns. A correction here reaches every list.
 */
export const listText = {
  /** Type code in "Số: 03/DS-BCH" for a list (danh sách). */
  listTypeCode: 'DS',
  citizens: 'công dân',
  totalLine: 'Tổng số: {count} công dân.',
  noLocality: 'Chưa xác định nơi cư trú',
  groupCount: '{label} ({count} công dân)',
} as const;

/** Column headings. The lists' column sets are assembled from these in their own files. */
export const columnText = {
  index: 'TT',
  name: 'Họ và tên',
  birthDate: 'Ngày sinh',
  citizenId: 'Số định danh cá nhân',
  occupation: 'Nghề nghiệp',
  residence: 'Nơi cư trú',
  ethnicityReligion: 'Dân tộc, tôn giáo',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  health: 'Sức khỏe',
  education: 'Văn hóa',
  receivingUnit: 'Đơn vị nhận',
  reason: 'Lý do cụ thể',
  deferralYear: 'Tạm hoãn năm',
  notes: 'Ghi chú',
} as const;

/**
 * The wording of the lists that count people ("người") rather than citizens: the militia and
 * reservist rosters and the forces' strength summary, whichever feature prints them. The recipients
 * ("Nơi nhận", a `Recipients`) are where those lists go, and the drills documents with them.
 */
export const peopleListText = {
  groupTotal: 'Cộng: {count} người',
  grandTotal: 'Tổng cộng: {count} người',
  totalLine: 'Tổng số: {count} người.',
  asOfLine: '(Tính đến ngày {date})',
  scopeUnit: 'Đơn vị: {name}',
  /** The mark in a yes/no column. */
  yes: 'x',
  male: 'Nam',
  female: 'Nữ',
  recipients: ['Bộ CHQS tỉnh (để b/c)'],
  archive: [] as readonly string[],
} as const;
