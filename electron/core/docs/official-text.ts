/**
 * The fixed Vietnamese wording of an administrative document (Decree 30/2020/NĐ-CP, Annex I).
 * Document content builders may hold Vietnamese text themselves (conventions.md); keeping the
 * wording shared by every document in one place means a correction reaches all of them.
 */
export const officialText = {
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberLabel: 'Số:',
  /** Above the blank number of a draft (bản nháp), not yet issued. */
  draftMark: 'DỰ THẢO',
  dateDay: 'ngày',
  dateMonth: 'tháng',
  dateYear: 'năm',
  recipientsLabel: 'Nơi nhận:',
  /** "Lưu: VT, …": the clerical office (văn thư) always keeps the original. */
  archiveLabel: 'Lưu:',
  archiveClerical: 'VT',
} as const;

/**
 * Words that start the locality part of a body name, where a long name is best split over two
 * lines: "BAN CHQS" / "THÀNH PHỐ BẮC KẠN", "BAN CHỈ HUY PHÒNG THỦ" / "KHU VỰC 1 - ĐỨC XUÂN".
 * Upper case, as the header prints the names. Longer phrases first, so "THỊ XÃ" beats "XÃ".
 */
export const localityWords = [
  'THÀNH PHỐ',
  'THỊ XÃ',
  'THỊ TRẤN',
  'KHU VỰC',
  'TỈNH',
  'HUYỆN',
  'QUẬN',
  'PHƯỜNG',
  'XÃ',
] as const;

/**
 * Signing authority prefixes (Decree 30): TM. on behalf of a collective body, KT. a deputy
 * signing for the head, TL. by order, TUQ. by delegation. "Q." (acting) belongs in the title itself.
 */
export const signingAuthority = {
  onBehalf: 'TM.',
  deputy: 'KT.',
  byOrder: 'TL.',
  byDelegation: 'TUQ.',
} as const;

export type SigningAuthority = keyof typeof signingAuthority;
