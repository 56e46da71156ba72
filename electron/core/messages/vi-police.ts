/**
 * The commune police notices' part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.police`.
 */
export const policeMessages = {
  errors: {
    RULE_POLICE_NOTICE_QUARTER:
      'Quý {quarter}/{year} bắt đầu từ ngày {start}, sau ngày nhận thông báo {receivedOn}: Công an cấp xã chỉ thông báo một quý đã bắt đầu ({citation}).',
    RULE_POLICE_LINE_DATE: 'Ngày sự việc không được sau ngày nhận thông báo ({receivedOn}).',
    RULE_POLICE_LINE_PERSON: 'Không tìm thấy công dân này trong danh sách công dân.',
  },
  text: {
    idNumberFormat: 'Số định danh gồm 12 chữ số (hoặc số CMND cũ 9 chữ số).',
    personOrName: 'Chọn công dân trong danh sách, hoặc ghi họ tên như trong thông báo.',
    /** A warning on a notice received before Decree 220/2025 gave the police this duty. */
    beforeDuty:
      'Ngày nhận {receivedOn} trước ngày {effectiveFrom}: khi đó chưa có quy định Công an cấp xã thông báo hằng quý ({citation}). Thông báo vẫn được lưu để tham khảo.',
  },
} as const;
