/**
 * The exchange identity, partners and keys (issue 20 §1): merged into `vi` through ./vi-exchange.ts.
 * Every message says what to do next, since the person at the keyboard is holding a paper sheet.
 */
export const exchangeIdentityMessages = {
  errors: {
    EXCHANGE_CODE_KIND:
      'Mã đơn vị không đúng với loại đơn vị: {expected}. Mã theo Quyết định 19/2025/QĐ-TTg (tỉnh 2 chữ số, phường/xã 5 chữ số); Ban CHPTKV ghi "<mã tỉnh>-KV<số>", ví dụ 19-KV1.',
    EXCHANGE_CODE_LOCKED:
      'Không đổi được mã đơn vị: đã có gói dữ liệu trao đổi với mã {code}, các đơn vị khác nhận biết đơn vị này bằng mã đó. Nếu mã thật sự sai, liên hệ đơn vị cấp trên trước khi đổi.',
    EXCHANGE_PUBLIC_KEY_INVALID:
      'Khóa công khai phải gồm đúng 64 ký tự (chữ số 0–9 và chữ A–F), in trên phiếu thành 16 nhóm 4 ký tự. Kiểm tra lại từng nhóm.',
    EXCHANGE_FINGERPRINT_MISMATCH:
      'Mã nhận dạng khóa tính từ khóa đã gõ là {computed}, không khớp với mã trên phiếu: khóa hoặc mã đã gõ sai. Đối chiếu lại từng nhóm 4 ký tự với phiếu đăng ký.',
    EXCHANGE_SECOND_RECIPIENT:
      'Đơn vị này đã có đơn vị cấp trên nhận dữ liệu: {name} (mã {code}). Xóa đơn vị đó trước khi đặt đơn vị cấp trên khác.',
    EXCHANGE_PARTNER_EXISTS: 'Đã có {role} mã {code}: {name}. Muốn đổi khóa của đơn vị này, dùng "Thêm khóa mới".',
    EXCHANGE_PARTNER_IS_SELF:
      'Mã {code} là mã của chính đơn vị này, không thêm làm đơn vị gửi dữ liệu được. Kiểm tra lại mã trên phiếu.',
    EXCHANGE_KEY_EXISTS: 'Khóa này đã được đăng ký cho {name}.',
    EXCHANGE_KEY_ALREADY_REVOKED: 'Khóa này đã bị thu hồi ngày {date}.',
    EXCHANGE_PARTNER_REMOVED: 'Đơn vị {name} đã bị xóa khỏi danh sách trao đổi.',
    EXCHANGE_ENROLMENT_INVALID:
      'Tệp này không phải tệp đăng ký khóa QSĐP (tệp .qsdp-key.json) hoặc đã bị sửa. Chép lại tệp từ đơn vị gửi, hoặc gõ khóa theo phiếu giấy.',
    EXCHANGE_ENROLMENT_NEWER:
      'Tệp đăng ký được lập bằng phiên bản chương trình mới hơn (định dạng {version}). Cập nhật chương trình, hoặc gõ khóa theo phiếu giấy.',
    LOCALITY_UNIT_CODE_TAKEN:
      'Mã đơn vị hành chính {code} đã dùng cho địa bàn "{name}". Mỗi mã chỉ dùng cho một địa bàn.',
    LOCALITY_UNIT_CODE_KIND: 'Chỉ phường, xã, thị trấn có mã đơn vị hành chính; thôn, tổ dân phố không có.',
  },
  text: {
    /** Expected code formats per kind, for EXCHANGE_CODE_KIND. */
    codeFormats: {
      ward_commune: 'Ban CHQS phường/xã dùng mã phường/xã gồm 5 chữ số',
      provincial: 'Bộ CHQS tỉnh dùng mã tỉnh gồm 2 chữ số',
      regional_defence: 'Ban CHPTKV dùng mã dạng "<mã tỉnh>-KV<số>", ví dụ 19-KV1',
    },
    codeInvalid:
      'Mã đơn vị gồm 5 chữ số (phường/xã), 2 chữ số (tỉnh) hoặc "<mã tỉnh>-KV<số>" (Ban CHPTKV), theo Quyết định 19/2025/QĐ-TTg.',
    roles: { sender: 'đơn vị gửi dữ liệu', recipient: 'đơn vị cấp trên' },
    unitCodeInvalid: 'Mã đơn vị hành chính gồm 5 chữ số (Quyết định 19/2025/QĐ-TTg).',
    fingerprintRequired: 'Nhập mã nhận dạng khóa in trên phiếu đăng ký.',
    reasonRequired: 'Nhập lý do.',
    sheet: {
      title: 'PHIẾU ĐĂNG KÝ KHÓA TRAO ĐỔI DỮ LIỆU',
      fileName: 'phieu-dang-ky-khoa-{code}.docx',
      intro:
        'Đơn vị dưới đây đăng ký khóa ký gói dữ liệu dùng khi trao đổi dữ liệu quân sự địa phương bằng chương trình QSĐP. Đơn vị nhận dữ liệu nhập khóa công khai và mã nhận dạng khóa dưới đây tại mục "Trao đổi dữ liệu" › "Đơn vị trao đổi".',
      officeName: 'Tên đơn vị',
      officeCode: 'Mã đơn vị trao đổi',
      officeKind: 'Loại đơn vị',
      createdAt: 'Ngày tạo khóa',
      publicKey: 'Khóa công khai (16 nhóm, mỗi nhóm 4 ký tự):',
      fingerprint: 'Mã nhận dạng khóa:',
      check:
        'Sau khi nhập, chương trình của đơn vị nhận tự tính mã nhận dạng từ khóa đã gõ; mã đó phải trùng với mã in trên phiếu này. Phiếu không chứa khóa bí mật. Khi đơn vị đổi khóa, phiếu này hết giá trị và đơn vị nhận phải thu hồi khóa cũ.',
      recipients: ['Đơn vị nhận dữ liệu'],
      signerTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
    },
  },
};
