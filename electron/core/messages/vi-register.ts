/**
 * The register feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.register`.
 */
export const registerMessages = {
  errors: {
    CONFLICT_DOCUMENT_NUMBER:
      'Số {reference} năm {year} đã cấp cho văn bản khác ("{summary}", ngày {date}). Mỗi số chỉ dùng một lần; văn bản sửa đổi được cấp số mới.',
    REGISTER_NOT_A_DOCUMENT: 'Mục này trong sổ văn bản không lập lại được.',
    REGISTER_ALREADY_WITHDRAWN:
      'Văn bản này đã được thu hồi trước đó; không cần thu hồi lại. Tải lại danh sách để xem lý do đã ghi.',
  },
  text: {
    /** A summary (trích yếu) from a title ending in a bare year: "Danh sách … 2026" → "Danh sách … năm 2026". */
    summaryWithYear: '{title} năm {year}',
    /** The word already before a year in titles that say it ("… 6 tháng đầu năm 2026"). */
    yearWord: 'năm',
  },
};
