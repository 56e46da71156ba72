/**
 * The core's user-facing messages, in Vietnamese. Every error the API returns
 * takes its text from here so wording stays consistent and reviewable in one place.
 */
export const vi = {
  errors: {
    VALIDATION_FAILED: 'Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.',
    NOT_FOUND: 'Không tìm thấy bản ghi.',
    UNKNOWN_METHOD: 'Chức năng không tồn tại.',
    CONFLICT_VERSION: 'Bản ghi đã được người khác sửa. Vui lòng tải lại rồi sửa lại.',
    CONFLICT_CITIZEN_ID: 'Số định danh cá nhân đã có trong danh sách công dân.',
    DB_NEWER_VERSION:
      'Tệp dữ liệu được tạo bởi phiên bản QSĐP mới hơn (phiên bản dữ liệu {fileVersion}, phần mềm này hỗ trợ đến {supported}). Vui lòng cập nhật phần mềm. Tệp dữ liệu không bị thay đổi.',
    DB_DAMAGED:
      'Tệp dữ liệu bị hỏng và không thể mở an toàn ({detail}). Vui lòng khôi phục từ bản sao lưu. Tệp dữ liệu không bị thay đổi.',
    AUTH_REQUIRED: 'Phiên làm việc không hợp lệ. Vui lòng mở lại chương trình bằng đường dẫn được cấp.',
    FORBIDDEN: 'Yêu cầu bị từ chối.',
    INTERNAL: 'Đã xảy ra lỗi không mong muốn. Dữ liệu không bị thay đổi.',
    LOCALITY_PARENT_INVALID: 'Đơn vị hành chính cấp trên không hợp lệ.',
    LOCALITY_RETIRED: 'Địa bàn này đã ngừng sử dụng.',
    LOCALITY_RENAME_DATE: 'Ngày đổi tên phải sau ngày áp dụng của tên hiện tại ({since}).',
    OFFICE_NOT_SET: 'Chưa khai báo thông tin đơn vị.',
  },
  field: {
    required: 'Không được để trống.',
    tooLong: 'Quá dài (tối đa {max} ký tự).',
    invalid: 'Giá trị không hợp lệ.',
    invalidDate: 'Ngày không hợp lệ (định dạng dd/mm/yyyy).',
    dateInFuture: 'Ngày không được sau hôm nay.',
    notAnInteger: 'Phải là số nguyên.',
    tooSmall: 'Giá trị phải từ {min} trở lên.',
    tooBig: 'Giá trị không được lớn hơn {max}.',
    unknownField: 'Trường không được hỗ trợ: {name}.',
    fullNameNeedsTwoWords: 'Họ và tên cần ít nhất họ và tên (hai từ).',
    birthYearRange: 'Năm sinh "từ" phải nhỏ hơn hoặc bằng năm sinh "đến".',
    signersRequired: 'Cần ít nhất một người ký (chỉ huy trưởng).',
  },
  citizenId: {
    length: 'Số định danh cá nhân phải gồm đúng 12 chữ số (đang có {length}).',
    digitsOnly: 'Số định danh cá nhân chỉ gồm chữ số.',
    centuryDigit: 'Chữ số thứ 4 ({digit}) chỉ thế kỷ sinh {centuryFromId}, nhưng năm sinh là {birthYear}.',
    sexDigit: 'Chữ số thứ 4 ({digit}) chỉ giới tính {sexFromId}, nhưng giới tính đã chọn là {sex}.',
    yearDigits: 'Chữ số thứ 5–6 ({digits}) phải là hai số cuối của năm sinh ({expected}).',
    duplicate: 'Số định danh này đã có ở công dân {name} (sinh {birthDate}){archived}.',
    duplicateArchived: ', hồ sơ đã lưu trữ',
  },
  phone: {
    format: 'Số điện thoại phải gồm 10 chữ số và bắt đầu bằng số 0.',
  },
  sex: { M: 'nam', F: 'nữ' },
  /** What the Electron shell itself shows: window title, fatal error box, menu. */
  shell: {
    windowTitle: 'QSĐP – Quân sự địa phương',
    openFailedTitle: 'Không mở được dữ liệu QSĐP',
    startFailed: 'Chương trình không khởi động được.',
    menu: {
      file: 'Tệp',
      quit: 'Thoát',
      edit: 'Sửa',
      undo: 'Hoàn tác',
      redo: 'Làm lại',
      cut: 'Cắt',
      copy: 'Sao chép',
      paste: 'Dán',
      selectAll: 'Chọn tất cả',
      view: 'Xem',
      zoomIn: 'Phóng to',
      zoomOut: 'Thu nhỏ',
      resetZoom: 'Cỡ chữ mặc định',
      fullScreen: 'Toàn màn hình',
    },
  },
} as const;

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible so the gap is noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
