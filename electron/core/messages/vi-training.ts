import { trainingResultLabels, trainingStatusLabels, trainingTargetLabels } from '../../../vocabulary/training';

/**
 * The training feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.training`.
 */
export const trainingMessages = {
  errors: {
    RULE_TRAINING_TARGET: 'Thông tin đối tượng huấn luyện chưa đầy đủ.',
    RULE_TRAINING_DATES: 'Ngày huấn luyện không hợp lệ.',
    RULE_TRAINING_ATTENDANCE: 'Số ngày tham gia không hợp lệ.',
    RULE_TRAINING_STATUS: 'Không thể chuyển trạng thái khóa huấn luyện.',
    RULE_TRAINING_CLOSED: 'Khóa huấn luyện đã hủy, không thể thay đổi danh sách, điểm danh hoặc kết quả.',
    CONFLICT_TRAINING_PARTICIPANT: 'Công dân đã có trong danh sách khóa huấn luyện.',
    RULE_TRAINING_UNDO: 'Không thể hoàn tác bước trạng thái này của khóa huấn luyện.',
  },
  text: {
    componentRequired: 'Chọn thành phần dân quân của khóa huấn luyện.',
    reserveUnitRequired: 'Chọn đơn vị dự bị động viên của khóa huấn luyện.',
    unitNotForTarget: 'Đối tượng này không gắn với đơn vị dự bị động viên.',
    militiaUnitNotForTarget: 'Đối tượng này không gắn với đơn vị dân quân.',
    componentNotForTarget: 'Chỉ khóa huấn luyện dân quân theo thành phần mới chọn thành phần.',
    endBeforeStart: 'Ngày kết thúc không được trước ngày bắt đầu.',
    plannedDaysOverSpan: 'Số ngày kế hoạch ({plannedDays}) nhiều hơn số ngày từ {startsOn} đến {endsOn} ({span} ngày).',
    attendedOverPlanned: 'Số ngày tham gia ({days}) vượt số ngày kế hoạch ({plannedDays}).',
    presentOverPlanned: 'Số ngày có mặt ({days}) vượt số ngày kế hoạch ({plannedDays}).',
    dayOutsideCourse: 'Ngày {date} nằm ngoài thời gian khóa huấn luyện ({startsOn} – {endsOn}).',
    totalWithDayMarks: 'Đã điểm danh theo từng ngày; số ngày tham gia được tính từ điểm danh.',
    updateBreaksAttendance: 'Đã có điểm danh vượt số ngày kế hoạch hoặc nằm ngoài thời gian mới của khóa.',
    transition: 'Không thể chuyển khóa huấn luyện từ "{from}" sang "{to}".',
    duplicate: 'Công dân {name} đã có trong danh sách khóa huấn luyện.',
    duplicateInput: 'Danh sách thêm có người bị trùng.',
    noMilitiaUnit: 'Khóa huấn luyện chưa gắn với đơn vị dân quân.',
    personMissing: 'Không tìm thấy hồ sơ công dân.',
    participantMissing: 'Không tìm thấy người tham gia trong khóa huấn luyện này.',
    undo: {
      nothing:
        'Khóa huấn luyện không có bước trạng thái nào hoàn tác được: các bước chuyển trước khi có lịch sử trạng thái thì không hoàn tác được. Nếu cần, hãy chuyển trạng thái bằng các nút ở đầu trang chi tiết của khóa.',
      reportIssued:
        'Đã phát hành văn bản "{document}" báo cáo kết quả sau bước này. Thu hồi văn bản đó ở Văn bản – Báo cáo › Sổ văn bản đi trước, rồi hoàn tác.',
      resultsSince:
        'Sau bước "{to}" đã ghi kết quả của {names}. Khóa trở lại "{back}" thì kết quả này không còn khớp: hãy xóa các kết quả đó trong bảng học viên trước, rồi hoàn tác.',
      attendanceSince:
        'Sau bước "{to}" đã ghi điểm danh của {names}. Khóa trở lại "{back}" thì điểm danh này không còn khớp: hãy xóa điểm danh đó trước, rồi hoàn tác.',
      addedSince:
        'Sau bước "{to}" đã thêm {names} vào khóa. Khóa trở lại "{back}" thì danh sách phải như lúc hủy: hãy bỏ những người này khỏi danh sách trước, rồi hoàn tác.',
      removedSince:
        'Sau bước "{to}" đã bỏ {names} khỏi danh sách, nên khóa không trở lại "{back}" với danh sách như lúc hủy được. Nếu vẫn hủy khóa, hãy chuyển trạng thái "{back}" bằng nút ở đầu trang chi tiết của khóa.',
      unnamed: 'một học viên',
      more: 'và {count} người khác',
    },
    statuses: trainingStatusLabels,
    targets: trainingTargetLabels,
    results: trainingResultLabels,
    /** The target in full, as the training result report and the review report's plans print it. */
    documentTargets: {
      militia_first_year: 'Dân quân tự vệ năm thứ nhất',
      militia_component: 'Dân quân tự vệ',
      reserve_unit: 'Đơn vị dự bị động viên',
      staff: 'Cán bộ Ban Chỉ huy quân sự',
      defence_education: 'Bồi dưỡng kiến thức quốc phòng và an ninh',
    },
  },
} as const;
