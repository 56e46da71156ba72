import {
  militiaComponentLabels,
  militiaDecisionKindLabels,
  militiaDecisionPointLabels,
  militiaEndReasonLabels,
  militiaForceLabels,
  militiaLevelLabels,
  militiaPositionLabels,
} from '../../../vocabulary/militia';

/**
 * The militia feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.militia`.
 */
export const militiaMessages = {
  errors: {
    RULE_MILITIA_AGE: 'Công dân không trong độ tuổi tham gia dân quân tự vệ.',
    RULE_MILITIA_EXTENSION: 'Thời hạn kéo dài không hợp lệ.',
    RULE_MILITIA_UNIT_LEVEL: 'Cấp đơn vị không hợp lệ so với đơn vị cấp trên.',
    RULE_MILITIA_UNIT_PLACE: 'Đơn vị cấp dưới phải cùng địa bàn (hoặc cùng cơ quan) với đơn vị cấp trên.',
    RULE_MILITIA_UNIT_HAS_MEMBERS: 'Đơn vị còn thành viên đang hoạt động, không thể giải thể.',
    RULE_MILITIA_UNIT_HAS_CHILDREN: 'Đơn vị còn đơn vị cấp dưới đang hoạt động, không thể giải thể.',
    RULE_MILITIA_UNIT_RETIRED: 'Đơn vị đã giải thể.',
    RULE_MILITIA_MEMBERSHIP_ENDED: 'Thành viên đã kết thúc tham gia dân quân tự vệ.',
    RULE_MILITIA_END_DATE: 'Ngày kết thúc không được trước ngày bắt đầu.',
    RULE_MILITIA_DEFERRED: 'Công dân đang được tạm hoãn tham gia dân quân tự vệ (Điều 11 Luật DQTV).',
    RULE_MILITIA_EXEMPT: 'Công dân được miễn tham gia dân quân tự vệ (Điều 11 Luật DQTV).',
    RULE_MILITIA_SELECTION_STANDARDS: 'Cần kiểm tra tiêu chuẩn tuyển chọn dân quân tự vệ (Điều 10 Luật DQTV).',
    CONFLICT_MILITIA_MEMBERSHIP: 'Công dân đang là thành viên của một đơn vị dân quân tự vệ khác.',
  },
  text: {
    age: {
      tooYoung:
        'Ngày {startedOn} công dân mới {age} tuổi, chưa đủ 18 tuổi để tham gia dân quân tự vệ (Điều 8 Luật DQTV).',
      tooOld:
        'Ngày {startedOn} công dân đã {age} tuổi, quá độ tuổi tham gia dân quân tự vệ của {sex} (đến hết {maxAge} tuổi{volunteerNote}, Điều 8 Luật DQTV).',
      volunteerNote: ' khi tình nguyện',
      volunteerHint: ' Nếu công dân tình nguyện thì được tham gia đến hết {volunteerMax} tuổi.',
      notBorn: 'Ngày bắt đầu {startedOn} trước ngày sinh {birthDate}.',
    },
    extension: {
      tooLong:
        'Chỉ được kéo dài không quá 2 năm sau khi hết thời hạn ({termEndsOn}), tức đến ngày {maxDate} (khoản 2 Điều 8 Luật DQTV). Dân quân biển, tự vệ và chỉ huy đơn vị mới được kéo dài hơn.',
      pastAgeLimit:
        'Là {ground}, được kéo dài hơn 2 năm nhưng không quá độ tuổi (hết {maxAge} tuổi), tức đến ngày {maxDate} (khoản 2 Điều 8 Luật DQTV).',
      grounds: { sea: 'dân quân biển', self_defence: 'tự vệ', commander: 'chỉ huy đơn vị dân quân tự vệ' },
      notAfterTerm: 'Ngày kéo dài phải sau ngày hết thời hạn ({termEndsOn}).',
    },
    warnings: {
      termEndingSoon: 'Hết thời hạn tham gia ngày {endsOn} (còn {days} ngày).',
      termOver: 'Đã hết thời hạn tham gia từ ngày {endsOn}, chưa làm thủ tục kết thúc.',
      pastAgeLimit: 'Đã quá độ tuổi (hết {maxAge} tuổi từ ngày {limitDate}).',
      reachesAgeLimit: 'Sẽ quá độ tuổi ngày {limitDate}, trước khi hết thời hạn tham gia ({endsOn}).',
    },
    membership: {
      alreadyMember:
        'Công dân {name} đang là thành viên của {unit} (từ ngày {startedOn}). Cần kết thúc trước khi chuyển đơn vị.',
      personArchived: 'Hồ sơ công dân đã lưu trữ; hãy khôi phục trước khi đưa vào dân quân tự vệ.',
    },
    unit: {
      levelBelowParent: 'Đơn vị cấp dưới phải có cấp thấp hơn đơn vị cấp trên ({parentLevel}).',
      levelAboveChildren: 'Cấp đơn vị phải cao hơn cấp của các đơn vị cấp dưới ({childLevel}).',
      localityRequired: 'Dân quân phải thuộc một phường, xã.',
      localityTopLevel: 'Đơn vị dân quân thuộc phường, xã (không chọn thôn, tổ dân phố).',
      agencyRequired: 'Tự vệ phải ghi tên cơ quan, tổ chức.',
      parentCycle: 'Không thể đặt đơn vị làm cấp dưới của chính nó.',
      parentRetired: 'Đơn vị cấp trên đã giải thể.',
    },
    decision: {
      pointCitation: 'điểm {point} khoản {clause} Điều 11 Luật DQTV',
      deferred:
        'Công dân {name} đang được tạm hoãn tham gia dân quân tự vệ đến hết ngày {validUntil} theo quyết định ngày {decidedOn} của {decidedBy} ({point}), nên chưa thể tham gia từ ngày {startedOn}.',
      exempt:
        'Công dân {name} được miễn tham gia dân quân tự vệ theo quyết định ngày {decidedOn} của {decidedBy} ({point}), nên không thể đưa vào dân quân tự vệ.',
      selectionStandards:
        'Cần kiểm tra tiêu chuẩn tuyển chọn trước khi kết nạp: lý lịch rõ ràng, chấp hành đường lối của Đảng, pháp luật của Nhà nước, đủ sức khỏe (Điều 10 Luật DQTV). Chương trình chưa lưu lý lịch, phẩm chất chính trị của công dân; {health}',
      lastHealthExam: 'lần khám sức khỏe nghĩa vụ quân sự gần nhất (năm {year}) xếp loại {healthClass}.',
      noHealthExam: 'chưa có kết quả khám sức khỏe.',
      pointOfKind:
        'Trường hợp phải thuộc khoản 1 (tạm hoãn) hoặc khoản 2 (miễn) Điều 11 Luật DQTV, đúng với loại quyết định.',
      validUntilRequired: 'Quyết định tạm hoãn phải có ngày hết hạn tạm hoãn.',
      exemptionHasNoEnd: 'Quyết định miễn không có ngày hết hạn.',
      validUntilBeforeDecided: 'Ngày hết hạn tạm hoãn không được trước ngày quyết định.',
      kinds: militiaDecisionKindLabels,
      points: militiaDecisionPointLabels,
    },
    sex: { M: 'nam', F: 'nữ' },
    levels: militiaLevelLabels,
    forces: militiaForceLabels,
    components: militiaComponentLabels,
    positions: militiaPositionLabels,
    endReasons: militiaEndReasonLabels,
  },
} as const;
