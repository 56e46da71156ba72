/**
 * The staff feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.staff`.
 */
export const staffMessages = {
  errors: {
    STAFF_ALREADY_ACTIVE:
      'Người này đang là cán bộ của cơ quan ({position}); mỗi người chỉ có một hồ sơ đang công tác.',
    STAFF_PERSON_ARCHIVED: 'Hồ sơ công dân đã lưu trữ; hãy khôi phục trước khi đưa vào danh sách cán bộ.',
    STAFF_NOT_ACTIVE: 'Cán bộ này đã thôi công tác; hãy cho công tác trở lại trước khi sửa.',
    STAFF_NO_SIGNERS:
      'Chưa có cán bộ đang công tác nào được chọn ký văn bản. Hãy chọn "Ký văn bản với vai trò" cho chỉ huy trưởng (và chính trị viên, phó chỉ huy trưởng) rồi cập nhật lại.',
    STAFF_TOO_MANY_SIGNERS: 'Có {count} cán bộ được chọn ký văn bản; thông tin cơ quan chỉ giữ tối đa {max} người ký.',
  },
  text: {
    signerTitleRequired: 'Người ký văn bản cần có chức danh ký (VD: CHỈ HUY TRƯỞNG).',
    endBeforeStart: 'Ngày thôi công tác không được trước ngày bắt đầu công tác ({startedOn}).',
  },
} as const;
