/**
 * The few Vietnamese strings the Electron shell itself shows (window title, fatal error box, menu).
 * Everything else comes from the renderer's or the core's catalogue.
 */
export const vi = {
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
} as const;
