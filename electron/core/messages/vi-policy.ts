/**
 * This feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.policy`.
 * The legal texts named here, and what was not verified, are explained in policy/rules.ts.
 */
export const policyMessages = {
  errors: {
    RULE_POLICY_PERSON_UNKNOWN: 'Không tìm thấy người này trong danh sách công dân.',
    RULE_POLICY_RETURN_BEFORE_DISCHARGE:
      'Ngày về địa phương ({returnedOn}) không được trước ngày quyết định xuất ngũ ({dischargedOn}) (Điều 43 Luật Nghĩa vụ quân sự năm 2015: quân nhân về địa phương sau khi có quyết định xuất ngũ).',
    RULE_POLICY_REGISTERED_BEFORE_DISCHARGE:
      'Ngày đăng ký ngạch dự bị ({registeredOn}) không được trước ngày quyết định xuất ngũ ({dischargedOn}) (đăng ký phục vụ trong ngạch dự bị khi xuất ngũ, Luật Nghĩa vụ quân sự năm 2015).',
    RULE_POLICY_RETURNEE_DUPLICATE:
      'Quân nhân này đã có hồ sơ xuất ngũ với quyết định ngày {dischargedOn}; sửa hồ sơ đó thay vì thêm mới.',
    RULE_POLICY_SUPPORT_BEFORE_DISCHARGE:
      'Ngày hỗ trợ việc làm, học nghề ({supportOn}) không được trước ngày quyết định xuất ngũ ({dischargedOn}) (chế độ khi xuất ngũ, Điều 50 Luật Nghĩa vụ quân sự năm 2015; Nghị định 27/2016/NĐ-CP).',
    RULE_POLICY_RESOLVED_BEFORE_RECEIVED:
      'Ngày giải quyết xong ({resolvedOn}) không được trước ngày tiếp nhận hồ sơ ({receivedOn}).',
    RULE_POLICY_OUTCOME_DATE: 'Hồ sơ đã giải quyết hoặc không đủ điều kiện phải có ngày giải quyết xong.',
    RULE_POLICY_PENDING_DATE: 'Hồ sơ đang giải quyết chưa có ngày giải quyết xong: xóa ngày đó hoặc đổi kết quả.',
  },
  text: {
    amountNegative: 'Số tiền phải là số nguyên không âm (đồng).',
    amountRequired: 'Ghi số tiền (đồng) cho tặng quà, trợ cấp hoặc hỗ trợ; chỉ thăm hỏi mới được để trống.',
    personOrName: 'Chọn người trong danh sách công dân, hoặc ghi họ tên đối tượng.',
    /**
     * The reserve registration's time limit, a warning only: "15 working days" is the offices'
     * practice and the public summaries' reading, not checked against the official gazette.
     */
    reserveLate:
      'Đăng ký ngạch dự bị ngày {registeredOn}, quá thời hạn 15 ngày làm việc kể từ ngày về địa phương (hạn cuối {deadline}) — Điều 18 Luật Nghĩa vụ quân sự năm 2015, Nghị định 13/2016/NĐ-CP (thời hạn theo thực tế của cơ quan, chưa đối chiếu văn bản gốc).',
    reserveOverdue:
      'Chưa đăng ký ngạch dự bị, đã quá thời hạn 15 ngày làm việc kể từ ngày về địa phương (hạn cuối {deadline}) — Điều 18 Luật Nghĩa vụ quân sự năm 2015, Nghị định 13/2016/NĐ-CP (thời hạn theo thực tế của cơ quan, chưa đối chiếu văn bản gốc).',
    group: 'Công tác chính sách',
    units: { case: 'trường hợp', family: 'gia đình', money: 'đồng', time: 'lượt', person: 'người' },
    figures: {
      casesHandled: {
        label: 'Hồ sơ chính sách giải quyết xong / thụ lý',
        how: 'Hồ sơ chính sách khác tiếp nhận đến {to} và còn đang giải quyết trong thời gian từ {from} đến {to} (chưa giải quyết xong trước {from}); đã giải quyết xong: có ngày giải quyết xong từ {from} đến {to}, kể cả trường hợp không đủ điều kiện.',
      },
      casesIneligible: {
        label: 'Trong đó không đủ điều kiện',
        how: 'Hồ sơ có kết quả "Không đủ điều kiện" và ngày giải quyết xong từ {from} đến {to}.',
      },
      families: {
        label: 'Gia đình quân nhân tại ngũ được hỗ trợ',
        how: 'Số quân nhân khác nhau có gia đình được thăm hỏi, tặng quà, trợ cấp hoặc hỗ trợ từ {from} đến {to}.',
      },
      amount: {
        label: 'Tổng số tiền hỗ trợ gia đình quân nhân',
        how: 'Cộng số tiền các lượt hỗ trợ gia đình quân nhân đang tại ngũ từ {from} đến {to} (lượt thăm hỏi không ghi tiền tính là 0).',
      },
      visitsGifts: {
        label: 'Lượt thăm hỏi, tặng quà',
        how: 'Số lượt hỗ trợ loại "Thăm hỏi" hoặc "Tặng quà Tết" từ {from} đến {to}.',
      },
      returnees: {
        label: 'Quân nhân xuất ngũ trở về địa phương',
        how: 'Quân nhân có ngày về địa phương từ {from} đến {to}.',
      },
      registered: {
        label: 'Đăng ký ngạch dự bị đúng hạn / về địa phương',
        how: 'Trong số quân nhân về địa phương từ {from} đến {to}, số người đăng ký ngạch dự bị trong 15 ngày làm việc kể từ ngày về (thời hạn theo thực tế của cơ quan, chưa đối chiếu văn bản gốc).',
      },
      jobSupport: {
        label: 'Lượt giới thiệu việc làm, hỗ trợ học nghề',
        how: 'Số lượt hỗ trợ việc làm, học nghề cho quân nhân xuất ngũ có ngày hỗ trợ từ {from} đến {to}.',
      },
    },
    /** The section's paragraph (administrative register); parts are joined with "; " into sentences. */
    draft: {
      cases: 'phối hợp giải quyết {handled} trường hợp chính sách, đã giải quyết xong {resolved} trường hợp',
      casesIneligible: ' ({ineligible} trường hợp không đủ điều kiện)',
      families: 'thăm hỏi, tặng quà, hỗ trợ {families} gia đình quân nhân đang tại ngũ với tổng số tiền {amount} đồng',
      familiesNoMoney: 'thăm hỏi {families} gia đình quân nhân đang tại ngũ',
      returnees:
        'tiếp nhận {returnees} quân nhân xuất ngũ trở về địa phương, {registered} đồng chí đăng ký ngạch dự bị đúng thời hạn',
      jobSupport: 'giới thiệu việc làm, hỗ trợ học nghề {jobs} lượt cho quân nhân xuất ngũ',
      opening: 'Trong {period}, ',
      none: 'Trong {period}, không phát sinh trường hợp chính sách cần giải quyết; không có quân nhân xuất ngũ trở về địa phương và chưa tổ chức thăm hỏi, hỗ trợ gia đình quân nhân đang tại ngũ.',
    },
  },
} as const;
