import { exerciseRatingLabels, exerciseStatusLabels } from '../../../vocabulary/exercises';

/**
 * The exercises feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.exercises`.
 */
export const exercisesMessages = {
  errors: {
    RULE_EXERCISE_TRANSITION: 'Không thể chuyển trạng thái cuộc diễn tập như vậy.',
    RULE_EXERCISE_CANCEL_REASON: 'Hủy cuộc diễn tập phải ghi rõ lý do.',
    RULE_EXERCISE_DONE_FACTS: 'Hoàn thành cuộc diễn tập cần ngày thực hiện và kết quả đánh giá.',
    RULE_EXERCISE_PLANNED_DATES: 'Ngày kết thúc dự kiến không được trước ngày bắt đầu dự kiến.',
    RULE_EXERCISE_TYPE_RETIRED: 'Loại diễn tập này đã ngừng sử dụng.',
    RULE_EXERCISE_UNIT: 'Đơn vị tham gia không hợp lệ.',
    CONFLICT_EXERCISE_TYPE_NAME: 'Đã có loại diễn tập cùng tên.',
    RULE_EXERCISE_CORRECTION: 'Không thể đính chính cuộc diễn tập như vậy.',
    RULE_EXERCISE_UNDO: 'Không thể hoàn tác bước trạng thái này.',
  },
  text: {
    transition: {
      notAllowed: 'Không thể chuyển cuộc diễn tập từ trạng thái "{from}" sang "{to}".',
      final: 'Cuộc diễn tập đã ở trạng thái "{from}", không thể chuyển trạng thái nữa.',
      same: 'Cuộc diễn tập đang ở trạng thái "{from}".',
    },
    cancelReasonRequired: 'Cần ghi rõ lý do hủy cuộc diễn tập.',
    correction: {
      reasonRequired: 'Cần ghi lý do đính chính (ví dụ: nhập nhầm ngày, đánh giá lại theo kết luận của cấp trên).',
      notClosed:
        'Chỉ đính chính cuộc diễn tập đã thực hiện hoặc đã hủy. Cuộc diễn tập đang "{status}": hãy sửa trực tiếp bằng nút "Sửa".',
      nothingChanged: 'Không có gì khác với nội dung đã ghi; hãy sửa nội dung cần đính chính rồi lưu lại.',
    },
    undo: {
      reasonRequired: 'Cần ghi lý do hoàn tác bước trạng thái.',
      nothing:
        'Cuộc diễn tập không có bước trạng thái nào hoàn tác được (các bước ghi trước khi có chức năng hoàn tác thì dùng "Đính chính").',
      afterCorrection:
        'Kết quả của bước "{to}" đã được đính chính sau đó, nên không hoàn tác được nữa. Nếu cần, hãy đính chính tiếp.',
      reportIssued:
        'Đã phát hành văn bản "{document}" báo cáo kết quả sau bước này. Thu hồi văn bản đó ở Văn bản – Báo cáo › Sổ văn bản đi trước, rồi hoàn tác.',
    },
    done: {
      startedRequired: 'Cần nhập ngày bắt đầu thực hiện.',
      endedRequired: 'Cần nhập ngày kết thúc thực hiện.',
      endBeforeStart: 'Ngày kết thúc không được trước ngày bắt đầu ({startedOn}).',
      inFuture: 'Ngày thực hiện không được sau hôm nay ({today}).',
      ratingRequired: 'Cần chọn kết quả đánh giá.',
    },
    plannedUntilBeforeStart: 'Ngày kết thúc dự kiến không được trước ngày bắt đầu dự kiến ({plannedOn}).',
    typeRetired: 'Loại diễn tập này đã ngừng sử dụng.',
    typeNameTaken: 'Đã có loại diễn tập tên "{name}".',
    unitNotFound: 'Không tìm thấy đơn vị tham gia.',
    localityRetired: 'Địa bàn này đã ngừng sử dụng.',
    statuses: exerciseStatusLabels,
    /** The rating as the exercise result report and the review report print it. */
    ratings: exerciseRatingLabels,
  },
} as const;
