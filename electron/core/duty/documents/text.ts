/**
 * The fixed Vietnamese wording of the month's readiness duty roster. Document content builders may
 * hold Vietnamese text (conventions.md); the column headings live here so the .docx and the .xlsx
 * always print the same words.
 */
export const dutyText = {
  /** "Số: 05/LT-BCH" (lịch trực). */
  rosterTypeCode: 'LT',
  /** Sent where the forces' lists go (the province command, "Nơi nhận"). */
  recipients: ['Bộ CHQS tỉnh (để b/c)'],
  archive: [] as readonly string[],

  rosterTitle: 'Lịch trực sẵn sàng chiến đấu tháng {month}/{year}',
  rosterSheet: 'Lịch trực {month}-{year}',
  nextDay: ' (hôm sau)',
  untilDate: ' ({date})',
  weekdays: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
} as const;

export const dutyColumns = {
  date: 'Ngày',
  weekday: 'Thứ',
  time: 'Thời gian',
  commander: 'Chỉ huy trực',
  dutyOfficer: 'Trực ban',
  members: 'Chiến sĩ trực',
} as const;
