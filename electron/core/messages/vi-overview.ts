/**
 * The overview feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.overview`.
 */
export const overviewMessages = {
  errors: {},
  text: {
    /** One line under each alert's record: what is due and when. */
    alertDetail: {
      militiaTermEnding: '{unit} ({place}) · hết nhiệm kỳ {date}',
      reservistPastAge: '{category} · sinh {birthDate} ({age} tuổi)',
      orderUndelivered: 'Lệnh số {number} · giao nhận quân {date}',
      exerciseOverdue: 'Dự kiến đến {date}, chưa ghi kết quả',
    },
  },
};
