import { roleLabels } from '../../../vocabulary/accounts';

/**
 * The accounts feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.accounts`.
 */
export const accountsMessages = {
  errors: {
    /** One message for an unknown user name, a disabled account and a wrong password: it never says which. */
    LOGIN_FAILED:
      'Tên đăng nhập hoặc mật khẩu không đúng. Nếu nhập sai nhiều lần liên tiếp, tài khoản sẽ bị khóa và cần quản trị viên mở khóa.',
    LOGIN_WAIT: 'Đã nhập sai nhiều lần. Vui lòng đợi {seconds} giây rồi thử lại.',
    /** Shown only when the password was right (why: see the note at the top of accounts/login.ts). */
    ACCOUNT_LOCKED:
      'Tài khoản đã bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng liên hệ quản trị viên của cơ quan để mở khóa.',
    ACCOUNT_SETUP_DONE: 'Đã có tài khoản quản trị. Vui lòng đăng nhập bằng tài khoản đã tạo.',
    ACCOUNT_USERNAME_TAKEN: 'Tên đăng nhập "{username}" đã được dùng cho tài khoản khác.',
    /** A call that needs a role made by a window where nobody is logged in. */
    LOGIN_REQUIRED: 'Vui lòng đăng nhập để tiếp tục.',
    /** The window's session ended because nobody used it for the office's idle-lock time. */
    SESSION_LOCKED: 'Chương trình đã tự khóa vì lâu không thao tác. Vui lòng đăng nhập lại.',
    PASSWORD_CURRENT_WRONG: 'Mật khẩu hiện tại không đúng.',
    PASSWORD_SAME: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    ACCOUNT_LAST_ADMIN:
      'Đây là tài khoản quản trị cuối cùng còn hoạt động. Hãy tạo hoặc cấp quyền quản trị cho tài khoản khác trước.',
  },
  text: {
    /** The router's refusal when the caller's role is below the method's (code FORBIDDEN). */
    forbidden: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    roles: roleLabels,
    field: {
      username: 'Tên đăng nhập gồm 3–32 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.',
      passwordTooShort: 'Mật khẩu phải có ít nhất {min} ký tự.',
      passwordTooLong: 'Mật khẩu không được dài quá {max} ký tự.',
      role: 'Vai trò không hợp lệ (quản trị, cán bộ hoặc chỉ xem).',
      idleLockMinutes: 'Thời gian tự khóa là số phút từ 0 (không tự khóa) đến 480.',
    },
    /** `npm run qsdp -- unlock USER` / `reset-password USER`, run at the office PC itself. */
    cli: {
      noSuchAccount: 'Không có tài khoản "{username}".',
      unlocked: 'Đã mở khóa tài khoản "{username}" (đã ghi vào nhật ký thay đổi).',
      passwordReset: 'Đã đặt mật khẩu mới cho tài khoản "{username}" và mở khóa (đã ghi vào nhật ký thay đổi).',
      askPassword: 'Mật khẩu mới (không hiện khi gõ): ',
      askPasswordAgain: 'Nhập lại mật khẩu mới: ',
      passwordsDiffer: 'Hai lần nhập mật khẩu không giống nhau. Chưa đổi gì.',
      passwordNeedsTerminal:
        'Không hỏi được mật khẩu ở đây: hãy chạy lệnh trong cửa sổ dòng lệnh, hoặc dùng --password-file TỆP (dòng đầu của tệp là mật khẩu mới; xóa tệp sau khi dùng).',
    },
  },
} as const;
