/** Data at rest: the data key, the recovery code, passphrases, encrypted backups. */
export const encryptionMessages = {
  errors: {
    DB_KEY_LOCKED:
      'Dữ liệu được mã hóa. Cần cụm mật khẩu bảo vệ dữ liệu (hoặc mã khôi phục trên phiếu đã in khi cài đặt) để mở. Dữ liệu không bị thay đổi.',
    DB_KEY_PASSPHRASE_WRONG: 'Cụm mật khẩu bảo vệ dữ liệu không đúng. Dữ liệu chưa được mở và không bị thay đổi.',
    DB_KEY_RECOVERY_INVALID:
      'Mã khôi phục không đúng hoặc gõ sai (cần đủ 14 nhóm, mỗi nhóm 4 ký tự như trên phiếu). Dữ liệu chưa được mở.',
    DB_KEY_NOT_THIS_DATABASE:
      'Khóa này không mở được tệp dữ liệu "{file}": tệp bị hỏng, không phải tệp dữ liệu QSĐP, hoặc thuộc máy/đơn vị khác (khi đó cần mã khôi phục của chính tệp ấy). Dữ liệu không bị thay đổi.',
    DB_KEY_NO_PROTECTION:
      'Chưa có nơi cất khóa dữ liệu trên máy này: hãy đặt cụm mật khẩu bảo vệ dữ liệu (gõ khi được hỏi, hoặc đặt biến QSDP_PASSPHRASE_FILE là đường dẫn tệp chứa cụm mật khẩu).',
    DB_KEY_FILE_DAMAGED:
      'Tệp khóa "{file}" bị hỏng hoặc không đúng định dạng. Dữ liệu không bị thay đổi; dùng mã khôi phục để mở lại dữ liệu.',
    DB_KEY_OS_STORE_FAILED:
      'Kho khóa của Windows không mở được khóa dữ liệu (Windows đã cài lại hoặc đổi người dùng?). Dữ liệu không bị thay đổi; dùng mã khôi phục để mở lại.',
    DB_ENCRYPT_FAILED:
      'Không mã hóa được tệp dữ liệu của phiên bản cũ. {detail} Tệp dữ liệu giữ nguyên, chưa bị thay đổi; hãy kiểm tra dung lượng ổ đĩa rồi mở lại chương trình.',
    PASSPHRASE_TOO_SHORT: 'Cụm mật khẩu cần ít nhất {min} ký tự.',
    PASSPHRASE_MISMATCH: 'Hai lần nhập cụm mật khẩu không giống nhau.',
    SECRET_FILE_UNREADABLE:
      'Không đọc được tệp "{file}" (cần tệp có dòng đầu là cụm mật khẩu, mật khẩu hoặc mã khôi phục). Chưa thay đổi gì.',
    RECOVERY_CODE_PASSWORD: 'Mật khẩu không đúng: chưa hiện mã khôi phục.',
  },
  text: {
    askPassphrase: 'Cụm mật khẩu bảo vệ dữ liệu: ',
    askNewPassphrase: 'Đặt cụm mật khẩu bảo vệ dữ liệu (ít nhất {min} ký tự, không hiện khi gõ): ',
    askNewPassphraseAgain: 'Nhập lại cụm mật khẩu: ',
    askRecoveryCode: 'Mã khôi phục (14 nhóm 4 ký tự trên phiếu): ',
    migrated: 'Đã mã hóa dữ liệu của phiên bản cũ (bản sao đã kiểm tra trước khi thay).',
  },
} as const;
