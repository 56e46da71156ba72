/** The keyboard shortcuts' words (reachable as `vi.keyboard`; part of the one catalogue in ./vi.ts). */
export const keyboardText = {
  open: 'Phím tắt',
  openHint: 'Xem các phím tắt (phím ?)',
  title: 'Phím tắt',
  intro: 'Dùng bàn phím để làm nhanh hơn. Phím Tab đi lần lượt qua các ô; Shift+Tab quay lại.',
  keys: 'Phím',
  action: 'Tác dụng',
  list: [
    { keys: 'Ctrl+F  hoặc  /', action: 'Đưa con trỏ vào ô tìm kiếm của danh sách đang xem.' },
    { keys: 'Alt+N', action: 'Thêm mới: bấm nút thêm của màn hình đang xem (như "Thêm công dân").' },
    { keys: 'Ctrl+S', action: 'Lưu hộp thoại đang mở (như bấm "Lưu").' },
    {
      keys: 'Enter',
      action: 'Trong hộp thoại: lưu khi đã điền đủ các ô bắt buộc; nếu chưa đủ, chuyển sang ô tiếp theo.',
    },
    { keys: 'Esc', action: 'Đóng hộp thoại hoặc khung chi tiết đang mở mà không lưu.' },
    { keys: '?', action: 'Mở bảng phím tắt này.' },
  ],
};
