import { exchangeIdentityMessages } from './vi-exchange-identity';

/**
 * Exchange between levels (issue 20): merged into `vi` in ./vi.ts; `errors` join the API's error
 * codes, `text` is reachable as `vi.exchange`. Every refusal of a bundle says what is wrong with the
 * file and what to do, since the person holding the USB stick is a clerk, not a programmer.
 */
export const exchangeMessages = {
  errors: {
    ...exchangeIdentityMessages.errors,
    EXCHANGE_NOT_SET_UP:
      'Chưa thiết lập trao đổi dữ liệu cho đơn vị này. Vào "Trao đổi dữ liệu" › "Thông tin đơn vị" để nhập mã đơn vị và tạo khóa ký.',
    EXCHANGE_NOT_A_BUNDLE:
      'Tệp này không phải gói dữ liệu QSĐP hoặc đã bị cắt cụt (chép chưa hết?). Chép lại tệp từ đơn vị gửi rồi nhận lại.',
    EXCHANGE_FORMAT_NEWER:
      'Gói dữ liệu được lập bằng phiên bản định dạng {version}, mới hơn phiên bản chương trình này hiểu được. Cập nhật chương trình rồi nhận lại.',
    EXCHANGE_FILE_DAMAGED:
      'Gói dữ liệu đã bị thay đổi hoặc hỏng (phần "{path}" không khớp với mã kiểm tra). Không ghi gì vào dữ liệu; đề nghị đơn vị gửi lập lại gói.',
    EXCHANGE_UNEXPECTED_FILE:
      'Gói dữ liệu có thêm phần "{path}" không ghi trong danh mục của gói: gói đã bị thay đổi. Không ghi gì vào dữ liệu.',
    EXCHANGE_SIGNATURE_INVALID:
      'Chữ ký của gói dữ liệu không đúng với khóa của {sender}: gói đã bị thay đổi sau khi ký hoặc không phải do đơn vị đó lập. Không ghi gì vào dữ liệu.',
    EXCHANGE_UNKNOWN_SENDER:
      'Đơn vị gửi có mã {code} ({name}) chưa được đăng ký ở đây. Thêm đơn vị này tại "Trao đổi dữ liệu" › "Đơn vị trao đổi" bằng phiếu đăng ký khóa của họ.',
    EXCHANGE_UNKNOWN_KEY:
      'Gói dữ liệu của {sender} được ký bằng khóa {fingerprint}, không phải khóa đã đăng ký của đơn vị này. Nếu đơn vị đã đổi khóa, đăng ký khóa mới theo phiếu của họ.',
    EXCHANGE_KEY_REVOKED:
      'Gói dữ liệu của {sender} được ký bằng khóa {fingerprint} đã bị thu hồi ngày {date} ({reason}). Không nhận gói này.',
    EXCHANGE_WRONG_RECIPIENT:
      'Gói dữ liệu này gửi cho đơn vị có mã {code} ({name}), không phải đơn vị này. Chuyển tệp cho đúng đơn vị nhận.',
    EXCHANGE_SCHEMA_NEWER:
      'Gói dữ liệu được lập bằng chương trình mới hơn (cơ sở dữ liệu phiên bản {version}, ở đây {own}). Cập nhật chương trình rồi nhận lại.',
    EXCHANGE_REPLAY:
      'Gói số {seq} của {sender} đã nhận trước đây và gói này khác với gói đã nhận: có thể là tệp cũ bị sửa hoặc gửi lại. Không ghi gì vào dữ liệu.',
    EXCHANGE_GAP: 'Còn thiếu gói số {missing} của {sender}. Nhận các gói đó trước, theo thứ tự, rồi nhận gói số {seq}.',
    EXCHANGE_CHAIN_BROKEN:
      'Gói số {seq} của {sender} không nối tiếp gói số {previous} đã nhận (mã của gói trước không khớp). Không ghi gì vào dữ liệu; đề nghị đơn vị gửi kiểm tra.',
    EXCHANGE_WRONG_DIRECTION: 'Gói dữ liệu này là gói gửi {direction}, không nhận ở chức năng này.',
    // sending side
    EXCHANGE_NO_RECIPIENT:
      'Chưa khai báo đơn vị cấp trên nhận dữ liệu. Vào "Trao đổi dữ liệu" › "Đơn vị trao đổi" để thêm đơn vị nhận cùng khóa của họ.',
    EXCHANGE_LINE_INVALID:
      'Gói dữ liệu có dòng không hợp lệ (phần "{file}", dòng {line}). Không ghi gì vào dữ liệu; đề nghị đơn vị gửi lập lại gói.',
    EXCHANGE_MESSAGE_ANSWERED: 'Yêu cầu này đã được trả lời trước đây ({answer}). Tải lại danh sách để xem.',
    EXCHANGE_ANSWER_NOT_FOR_KIND: 'Quyết định xử lý trùng lặp chỉ có thể "ghi nhận" hoặc "từ chối".',
    EXCHANGE_CORRECTION_NOT_APPLICABLE:
      'Trường "{field}" không sửa tự động được từ yêu cầu đính chính. Sửa trực tiếp trên hồ sơ, rồi trả lời "Đã ghi nhận" (hoặc "Từ chối" kèm lý do).',
    EXCHANGE_RECORD_GONE:
      'Hồ sơ mà yêu cầu đính chính nhắc tới không còn trong dữ liệu của đơn vị. Chỉ có thể trả lời "Từ chối" (kèm lý do) hoặc "Đã ghi nhận".',
    EXCHANGE_CORRECTION_STALE:
      'Giá trị hiện tại của trường "{field}" là "{current}", không còn là "{old}" như yêu cầu đính chính ghi. Không sửa gì; kiểm tra lại hồ sơ rồi trả lời.',
    EXCHANGE_CORRECTION_INVALID: 'Không sửa được trường "{field}" thành "{value}": {detail}',
    // receiving side
    EXCHANGE_BUSY:
      'Chương trình đang ghi một thao tác khác vào dữ liệu. Chờ thao tác đó xong rồi nhận (hoặc lập) gói dữ liệu lại.',
    EXCHANGE_FOREIGN_ORIGIN:
      'Gói dữ liệu của {sender} có hồ sơ của đơn vị khác (mã {origin}, phần "{file}", dòng {line}): mỗi đơn vị chỉ gửi hồ sơ do mình quản lý. Không ghi gì vào dữ liệu.',
    EXCHANGE_SENDER_NOT_FOUND: 'Đơn vị có mã {code} không có trong danh sách đơn vị gửi dữ liệu lên đơn vị này.',
    EXCHANGE_RECORD_NOT_FOUND: 'Không có hồ sơ này trong dữ liệu đã nhận từ đơn vị mã {origin}.',
    EXCHANGE_CORRECTION_DELETED:
      'Hồ sơ này đã được đơn vị mã {origin} xóa trong dữ liệu gửi lên: không đề nghị sửa được.',
    EXCHANGE_CORRECTION_FIELD: 'Hồ sơ này không có trường "{field}" để đề nghị sửa.',
    EXCHANGE_CORRECTION_SAME: 'Giá trị đề nghị giống giá trị hiện có của hồ sơ: không có gì để sửa.',
    EXCHANGE_CORRECTION_NOT_DRAFT: 'Đề nghị sửa này đã gửi xuống đơn vị (hoặc đã có trả lời): không rút lại được.',
    EXCHANGE_CONFLICT_NOT_OPEN: 'Trường hợp trùng số định danh này đã được quyết định trước đây.',
    EXCHANGE_CONFLICT_KEEPER: 'Chọn đơn vị quản lý công dân này trong số các đơn vị có hồ sơ trùng số định danh.',
  },
  text: {
    identity: exchangeIdentityMessages.text,
    directionUp: 'lên cấp trên',
    directionDown: 'xuống đơn vị cấp dưới',
    // sending side
    bundleKind: 'Gói dữ liệu gửi cấp trên',
    bundleSummary: 'Gói dữ liệu số {seq} gửi {recipient}',
    answerReasonRequired: 'Từ chối phải ghi rõ lý do.',
    answers: { accepted: 'đã chấp nhận', rejected: 'đã từ chối', noted: 'đã ghi nhận', open: 'chưa trả lời' },
    /** The columns a correction may name, as the officer reads them. */
    fields: {
      family_name: 'Họ',
      middle_name: 'Tên đệm',
      given_name: 'Tên',
      birth_date: 'Ngày sinh',
      sex: 'Giới tính',
      citizen_id: 'Số định danh cá nhân',
      address: 'Địa chỉ',
    } as Record<string, string>,
    empty: '(trống)',
  },
};
