/**
 * The fixed Vietnamese wording of the strength summary (militia and reservists per ward/commune);
 * the as-of line and the recipients are `peopleListText`'s (docs/list-text.ts). Document content
 * builders may hold Vietnamese text (conventions.md); the column headings live here so the .docx and
 * the .xlsx always print the same words.
 */
export const summaryText = {
  /** Type code in "Số: 04/BC-BCH" (báo cáo). */
  reportTypeCode: 'BC',
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

export const summaryColumns = {
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
