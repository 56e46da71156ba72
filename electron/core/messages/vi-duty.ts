/**
 * The duty feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.duty`.
 */
export const dutyMessages = {
  errors: {
    RULE_DUTY_SPAN: 'Giờ kết thúc ca trực phải sau giờ bắt đầu.',
    RULE_DUTY_TOO_LONG: 'Một ca trực dài tối đa {hours} giờ.',
    RULE_DUTY_OVERLAP: 'Người này đã có ca trực từ {from} đến {to}, trùng thời gian với ca này.',
    RULE_DUTY_NO_COMMANDER: 'Ngày {day} có người trực nhưng chưa có chỉ huy trực.',
    DUTY_COPY_OVERLAPS: 'Ngày bắt đầu chép đến phải nằm ngoài khoảng ngày được chép.',
    DUTY_PERSON_ARCHIVED: 'Hồ sơ công dân đã lưu trữ; không xếp vào ca trực.',
  },
  text: {
    invalidDateTime: 'Thời điểm không hợp lệ (ngày và giờ HH:mm).',
    invalidTime: 'Giờ không hợp lệ (HH:mm).',
    listNeedsMonthOrDay: 'Cần chọn tháng (năm, tháng) hoặc một ngày.',
  },
} as const;
