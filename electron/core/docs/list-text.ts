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
