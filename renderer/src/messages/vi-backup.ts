/** The "Sao lưu – Khôi phục" tab in Cài đặt (reachable as `vi.backup`). */
export const backupText = {
  tab: 'Sao lưu – Khôi phục',
  intro:
    'Bản sao lưu là một tệp chứa toàn bộ dữ liệu của cơ quan. Nên sao lưu thường xuyên ra USB hoặc ổ đĩa khác và cất giữ cẩn thận: tệp chứa thông tin cá nhân của công dân.',
  backupNowTitle: 'Sao lưu ngay',
  folder: 'Thư mục lưu bản sao',
  pickFolder: 'Chọn thư mục…',
  pickFile: 'Chọn tệp…',
  folderPlaceholder: 'Đường dẫn đầy đủ, ví dụ E:\\SaoLuu hoặc /media/usb/saoluu',
  folderHint: 'Nhập đường dẫn thư mục trên USB hoặc ổ đĩa khác. Bản sao được mã hóa và kiểm tra ngay sau khi ghi.',
  passphrase: 'Cụm mật khẩu cho bản sao lưu',
  passphraseHint:
    'Ít nhất 8 ký tự. Bản sao lưu được mã hóa bằng cụm mật khẩu này: không có nó thì không ai mở được, kể cả đơn vị. Ghi lại và cất giữ cẩn thận.',
  passphraseAgain: 'Nhập lại cụm mật khẩu',
  passphraseMismatch: 'Hai lần nhập cụm mật khẩu không giống nhau.',
  passphraseTooShort: 'Cụm mật khẩu cần ít nhất 8 ký tự.',
  restorePassphrase: 'Cụm mật khẩu của bản sao lưu',
  restorePassphraseHint:
    'Chỉ cần với bản sao lưu tạo bằng "Sao lưu ngay". Bản sao lưu tự động và bản trước khi khôi phục/nâng cấp được mở bằng khóa dữ liệu của máy này.',
  backupNow: 'Sao lưu ngay',
  backupDone: 'Đã sao lưu và kiểm tra: {file} ({size}).',
  autoTitle: 'Các bản sao lưu',
  autoHint:
    'Chương trình tự sao lưu khi khởi động, khi thoát và mỗi ngày một lần vào thư mục {dir}. Giữ lại: mỗi ngày một bản trong 7 ngày gần nhất, mỗi tuần một bản trong 4 tuần trước đó, mỗi tháng một bản trong 12 tháng.',
  listEmpty: 'Chưa có bản sao lưu nào. Bấm "Sao lưu ngay" để tạo bản đầu tiên.',
  kind: 'Loại',
  kinds: { auto: 'Tự động', manual: 'Sao lưu ngay' },
  place: 'Nơi lưu',
  absent: '(không thấy tệp: ổ đĩa hoặc USB chưa cắm)',
  chooseForRestore: 'Chọn để khôi phục',
  chosenForRestore:
    'Đã điền đường dẫn tệp vào "Khôi phục từ tệp sao lưu": hãy nhập cụm mật khẩu của bản này rồi bấm "Khôi phục".',
  takenAt: 'Thời điểm sao lưu',
  size: 'Dung lượng',
  restore: 'Khôi phục',
  restoreConfirmTitle: 'Khôi phục dữ liệu từ bản sao lưu này?',
  restoreConfirm:
    'Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu. Dữ liệu hiện tại được tự động sao lưu trước (tệp "truoc-khoi-phuc") để có thể lấy lại.',
  restoreDoneTitle: 'Đã khôi phục dữ liệu',
  reloadNow: 'Tải lại chương trình',
  restoreDone: 'Đã khôi phục dữ liệu. Dữ liệu trước khi khôi phục được lưu tại: {file}',
  restoreFromFileTitle: 'Khôi phục từ tệp sao lưu',
  file: 'Tệp sao lưu',
  filePlaceholder: 'Đường dẫn đầy đủ tới tệp .qsdpbak, ví dụ E:\\SaoLuu\\qsdp-BCH-2026-11-27-1015.qsdpbak',
  dataDir: 'Thư mục dữ liệu: {dir}',
};
