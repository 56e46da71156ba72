/**
 * The backup feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.backup`.
 */
export const backupMessages = {
  errors: {
    DISK_FULL:
      'Ổ đĩa đã đầy nên không ghi được dữ liệu. Thay đổi vừa rồi chưa được lưu (không có dữ liệu nào bị ghi dở). Hãy giải phóng dung lượng ổ đĩa rồi thử lại.',
    BACKUP_FOLDER_INVALID: '{detail}',
    BACKUP_FILE_MISSING: 'Không tìm thấy tệp sao lưu: {file}',
    BACKUP_NOT_SQLITE:
      'Tệp "{file}" không phải là tệp dữ liệu QSĐP (không phải cơ sở dữ liệu SQLite). Dữ liệu hiện tại không bị thay đổi.',
    BACKUP_NOT_QSDP: 'Tệp "{file}" không phải là bản sao lưu dữ liệu QSĐP. Dữ liệu hiện tại không bị thay đổi.',
    BACKUP_NEWER:
      'Bản sao lưu được tạo bởi phiên bản QSĐP mới hơn (phiên bản dữ liệu {fileVersion}, phần mềm này hỗ trợ đến {supported}). Vui lòng cập nhật phần mềm trước khi khôi phục. Dữ liệu hiện tại không bị thay đổi.',
    BACKUP_DAMAGED: 'Tệp "{file}" bị hỏng ({detail}). Dữ liệu hiện tại không bị thay đổi.',
    BACKUP_VERIFY_FAILED:
      'Bản sao lưu vừa tạo không vượt qua bước kiểm tra ({detail}) nên đã bị xóa. Hãy thử lại hoặc chọn thư mục (ổ đĩa) khác.',
    BACKUP_WRITE_FAILED: 'Không ghi được bản sao lưu. {detail}',
    RESTORE_CHECK_FAILED:
      'Dữ liệu sau khi khôi phục không vượt qua bước kiểm tra ({detail}). Dữ liệu trước khi khôi phục được lưu tại {safetyCopy}: hãy khôi phục lại từ tệp đó.',
    BACKUP_TAMPERED:
      'Nội dung tệp "{file}" đã bị thay đổi sau khi sao lưu (chữ ký nội dung không khớp): tệp hỏng trên ổ đĩa/USB hoặc bị sửa. Không dùng được tệp này; dữ liệu hiện tại không bị thay đổi.',
    BACKUP_PASSPHRASE_NEEDED:
      'Bản sao lưu "{file}" được bảo vệ bằng cụm mật khẩu: hãy nhập cụm mật khẩu đã đặt khi sao lưu.',
    BACKUP_PASSPHRASE_WRONG:
      'Cụm mật khẩu không mở được bản sao lưu "{file}". Kiểm tra lại (phân biệt chữ hoa, chữ thường, dấu). Dữ liệu hiện tại không bị thay đổi.',
    BACKUP_OTHER_KEY:
      'Bản sao lưu "{file}" được mã hóa bằng khóa dữ liệu của máy hoặc đơn vị khác. Hãy dùng bản sao lưu có cụm mật khẩu ("Sao lưu ngay") để chuyển dữ liệu giữa các máy. Dữ liệu hiện tại không bị thay đổi.',
    BACKUP_PASSPHRASE_SHORT: 'Cụm mật khẩu của bản sao lưu cần ít nhất {min} ký tự.',
    RESTORE_FAILED: 'Khôi phục không thành công. {detail} Dữ liệu hiện tại được giữ nguyên như trước khi khôi phục.',
  },
  text: {
    folderNotAbsolute: 'Hãy gõ đường dẫn đầy đủ của thư mục, ví dụ E:\\SaoLuu hoặc /media/usb/saoluu.',
    noTables: 'thiếu các bảng dữ liệu QSĐP',
    foreignKeys: '{count} liên kết dữ liệu không hợp lệ',
    notSqlite: 'không phải tệp SQLite',
    networkWarning:
      'Cảnh báo: "{path}" nằm trên thư mục dùng chung qua mạng. Tệp dữ liệu SQLite đặt trên ổ mạng rất dễ bị hỏng. Hãy để tệp dữ liệu trên ổ đĩa của chính máy này và trao đổi dữ liệu giữa các máy bằng bản sao lưu.',
    cli: {
      usage: [
        'Cách dùng: npm run qsdp -- <lệnh> [tham số]',
        '  backup --to THƯ_MỤC [--passphrase-file TỆP]   sao lưu dữ liệu vào thư mục, bảo vệ bằng cụm mật khẩu (có kiểm tra bản sao)',
        '  verify TỆP [--passphrase-file TỆP]    kiểm tra một bản sao lưu (cả chữ ký nội dung)',
        '  restore TỆP [--passphrase-file TỆP]   khôi phục dữ liệu từ bản sao lưu (dữ liệu hiện tại được sao lưu trước)',
        '  audit-check           kiểm tra nhật ký thay đổi (phát hiện dòng bị sửa hoặc bị xóa)',
        '  audit-export --to TỆP.xlsx   xuất nhật ký thay đổi ra tệp Excel',
        '  unlock TÊN            mở khóa tài khoản (khi không còn quản trị viên nào đăng nhập được)',
        '  reset-password TÊN [--password-file TỆP]   đặt mật khẩu mới cho tài khoản (hỏi mật khẩu, không gõ trên dòng lệnh)',
        'Thư mục dữ liệu: biến môi trường QSDP_DATA_DIR hoặc thư mục mặc định của chương trình.',
        'Cụm mật khẩu bảo vệ dữ liệu: gõ khi được hỏi, hoặc QSDP_PASSPHRASE_FILE=TỆP; mã khôi phục: QSDP_RECOVERY_CODE_FILE=TỆP.',
        'Cụm mật khẩu của bản sao lưu: gõ khi được hỏi, hoặc --passphrase-file TỆP (dòng đầu của tệp). Không bao giờ gõ mật khẩu trên dòng lệnh.',
        'Mã thoát: 0 thành công, 1 không thành công (kiểm tra, sao lưu, khôi phục hoặc nhật ký có sai lệch), 2 sai cách dùng.',
      ].join('\n'),
      unknownCommand: 'Lệnh không hợp lệ: {command}',
      dataDir: 'Thư mục dữ liệu: {dir}',
      backupDone: 'Đã sao lưu và kiểm tra: {file} ({size})',
      verifyOk: 'Bản sao lưu hợp lệ: {file} (phiên bản dữ liệu {version}{older})',
      verifyOlder: ', cũ hơn phần mềm: sẽ được nâng cấp khi khôi phục',
      askBackupPassphrase: 'Cụm mật khẩu cho bản sao lưu (ít nhất 8 ký tự, không hiện khi gõ): ',
      askBackupPassphraseAgain: 'Nhập lại cụm mật khẩu cho bản sao lưu: ',
      askBackupPassphraseGiven: 'Cụm mật khẩu của bản sao lưu: ',
      backupPassphraseNeeded:
        'Cần cụm mật khẩu của bản sao lưu: chạy lệnh trong cửa sổ dòng lệnh để gõ, hoặc dùng --passphrase-file TỆP.',
      restoreDone: 'Đã khôi phục dữ liệu từ {file}. Dữ liệu trước khi khôi phục được lưu tại: {safetyCopy}',
    },
  },
};
