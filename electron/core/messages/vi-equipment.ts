/**
 * This feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.equipment`.
 *
 * {basis} in a refusal is `text.basis`: the texts the weapons book follows. The article of the
 * Militia Law 2019 on the militia's weapons could not be checked against the text (see
 * equipment/rules.ts); the messages name the texts, not an article.
 */
export const equipmentMessages = {
  errors: {
    CONFLICT_EQUIPMENT_KIND_NAME: 'Loại "{name}" đã có trong danh mục vũ khí, trang bị.',
    CONFLICT_EQUIPMENT_SERIAL: '{kind} số hiệu {serial} đã có trong sổ: mỗi chiếc chỉ nhập sổ một lần ({basis}).',
    RULE_EQUIPMENT_ALREADY_ISSUED:
      '{kind} số hiệu {serial} đã cấp cho {holder} ngày {since}, chưa thu hồi: không cấp phát lần nữa ({basis}).',
    RULE_EQUIPMENT_NOT_ISSUED:
      '{kind} số hiệu {serial} không đang cấp phát tại ngày {date}: không có gì để thu hồi ({basis}).',
    RULE_EQUIPMENT_OTHER_HOLDER:
      '{kind} số hiệu {serial} đang cấp cho {holder} (từ ngày {since}), không phải đơn vị, người được ghi thu hồi.',
    RULE_EQUIPMENT_WRITTEN_OFF: '{kind} số hiệu {serial} đã thanh lý ngày {date}: không ghi thêm biến động.',
    RULE_EQUIPMENT_ISSUED_WRITE_OFF:
      '{kind} số hiệu {serial} đang cấp cho {holder}: thu hồi về kho trước khi thanh lý ({basis}).',
    RULE_EQUIPMENT_BEFORE_RECEIPT: '{kind} số hiệu {serial} nhập sổ ngày {date}: không ghi biến động trước ngày nhập.',
    RULE_EQUIPMENT_STOCK_SHORT:
      'Không đủ {kind} trong kho: tại ngày {date} chỉ còn {left} {unit}; số lượng tồn kho không được âm ({basis}).',
    RULE_EQUIPMENT_RETURN_EXCEEDS:
      '{holder} chỉ đang giữ {held} {unit} {kind} tại ngày {date}: không thu hồi nhiều hơn số đã cấp.',
    RULE_EQUIPMENT_HOLDER_REQUIRED: 'Cấp phát, thu hồi phải ghi một đơn vị dân quân tự vệ hoặc một người nhận.',
    RULE_EQUIPMENT_HOLDER_NOT_MEMBER:
      'Người nhận không có trong danh sách dân quân tự vệ đang thực hiện nghĩa vụ tại ngày {date}: vũ khí, trang bị chỉ cấp cho dân quân tự vệ ({basis}).',
    RULE_EQUIPMENT_SERIAL_REQUIRED: '{kind} được quản lý theo số hiệu: ghi số hiệu của từng chiếc.',
    RULE_EQUIPMENT_COUNTED_KIND: '{kind} được quản lý theo số lượng, không theo số hiệu.',
    RULE_EQUIPMENT_KIND_RETIRED: 'Loại {kind} đã ngừng theo dõi: không nhập thêm.',
    RULE_EQUIPMENT_FUTURE_DATE: 'Ngày {date} chưa đến: không ghi trước biến động, kiểm kê.',
    RULE_EQUIPMENT_NEGATIVE_COUNT: 'Số lượng kiểm đếm được của {kind} không được nhỏ hơn 0.',
    RULE_EQUIPMENT_DUPLICATE_LINE: '{kind} đã có ở một dòng khác của biên bản kiểm kê.',
  },
  text: {
    basis:
      'quản lý vũ khí, trang bị của dân quân tự vệ theo Luật Dân quân tự vệ năm 2019 và Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
    movementKinds: {
      receive: 'Nhập',
      issue: 'Cấp phát',
      return: 'Thu hồi',
      maintenance: 'Bảo quản, bảo dưỡng',
      write_off: 'Thanh lý',
    },
    states: { good: 'Tốt', needs_repair: 'Hỏng, cần sửa', written_off: 'Đã thanh lý' },
    review: {
      group: 'Vũ khí, trang bị của dân quân tự vệ',
      onHand: {
        label: '{name}',
        how: 'Số {unit} {name} đang quản lý tại ngày {to}: tổng số đã nhập sổ trừ số đã thanh lý đến hết ngày đó (kể cả số đang cấp phát cho đơn vị, cá nhân).',
      },
      issues: {
        label: 'Lượt cấp phát cho đơn vị, cá nhân',
        how: 'Số lượt cấp phát vũ khí, trang bị có ngày cấp từ {from} đến {to}.',
      },
      maintenance: {
        label: 'Lượt bảo quản, bảo dưỡng',
        how: 'Số lượt bảo quản, bảo dưỡng vũ khí, trang bị ghi ngày từ {from} đến {to}.',
      },
      stocktake: {
        label: 'Kiểm kê ngày {date}: số loại chênh lệch',
        how: 'Số loại vũ khí, trang bị có số kiểm đếm khác số trên sổ tại ngày {date} (kiểm kê trong khoảng từ {from} đến {to}).',
      },
      units: { issue: 'lượt', kind: 'loại' },
      draftOpening: 'Quản lý chặt chẽ vũ khí, trang bị của dân quân tự vệ',
      draftOnHand: 'hiện có {list}',
      draftNothingHeld: 'đến ngày {to} chưa có vũ khí, trang bị nào trong sổ theo dõi',
      draftIssues: 'cấp phát {count} lượt cho các đơn vị, cá nhân',
      draftMaintenance: 'tổ chức {count} lượt bảo quản, bảo dưỡng',
      draftNoMaintenance: 'chưa ghi nhận lượt bảo quản, bảo dưỡng nào',
      draftStocktakeClean: 'kiểm kê ngày {date} không phát hiện thiếu hụt',
      draftStocktakeDiff: 'kiểm kê ngày {date} phát hiện chênh lệch ở {count} loại, đã đối chiếu, xác minh',
      draftNoRecords:
        'Trong {period}, không phát sinh việc nhập, cấp phát, bảo quản hay kiểm kê vũ khí, trang bị của dân quân tự vệ.',
    },
  },
} as const;
