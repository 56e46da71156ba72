/**
 * What the operating system's file errors mean to a clerk, as whole sentences that say what to do
 * next (merged into `vi` in ./vi.ts as `vi.files`; `errors` join the API's error codes). `{path}`
 * is the folder or file the program was working with.
 */
export const filesMessages = {
  errors: {
    FILE_SYSTEM: '{detail}',
  },
  text: {
    missing: 'Thư mục {path} không tồn tại hoặc không ghi được. Hãy cắm lại ổ đĩa hoặc USB, hoặc chọn thư mục khác.',
    fileMissing: 'Không tìm thấy tệp {path}. Hãy kiểm tra lại tên tệp, ổ đĩa hoặc USB.',
    denied:
      'Không có quyền ghi vào {path}. Hãy chọn thư mục khác (ví dụ trong "Tài liệu" của máy) hoặc nhờ người quản trị máy cấp quyền.',
    readOnly: 'Ổ đĩa chứa {path} chỉ cho phép đọc (USB khóa ghi hoặc đĩa CD). Hãy mở khóa ghi hoặc chọn ổ đĩa khác.',
    full: 'Ổ đĩa chứa {path} đã đầy. Hãy xóa bớt tệp không cần hoặc chọn ổ đĩa khác, rồi thử lại.',
    busy: 'Tệp {path} đang được chương trình khác mở (ví dụ Word hoặc Excel). Hãy đóng chương trình đó rồi thử lại.',
    notFolder: '{path} không phải là thư mục. Hãy chọn một thư mục.',
    isFolder: '{path} là một thư mục, không phải tệp. Hãy chọn một tệp.',
    device:
      'Không đọc, ghi được ổ đĩa chứa {path} (ổ đĩa hoặc USB bị rút ra hay bị lỗi). Hãy kiểm tra ổ đĩa rồi thử lại.',
    tooLong: 'Đường dẫn {path} quá dài. Hãy chọn thư mục có đường dẫn ngắn hơn.',
    unknownPath: 'thư mục đã chọn',
    /** Not a file error the program knows: its own words, as one sentence. */
    other: 'Lỗi khi đọc, ghi tệp: {detail}.',
  },
};
