/**
 * This feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.discipline`.
 */
export const disciplineMessages = {
  errors: {
    RULE_DISCIPLINE_NOT_IN_FORCE:
      '{name} không phải {force} vào ngày {date}: chỉ ghi vi phạm kỷ luật của người đang là {force} tại thời điểm vi phạm.',
    RULE_DISCIPLINE_FORM_FOR_FORCE:
      'Hình thức "{form}" không áp dụng cho {who} ({citation}). Các hình thức áp dụng: {allowed}.',
    RULE_DISCIPLINE_DECISION_BEFORE_BREACH:
      'Ngày xử lý {handledOn} trước ngày vi phạm {occurredOn}: quyết định xử lý chỉ có sau khi vi phạm xảy ra.',
    RULE_DISCIPLINE_DATE_IN_FUTURE: 'Ngày {date} sau ngày hôm nay.',
    RULE_DISCIPLINE_HANDLED_NEEDS_FORM: 'Vụ việc đã xử lý cần có hình thức xử lý và ngày xử lý.',
    RULE_DISCIPLINE_DECISION_NUMBER:
      'Hình thức kỷ luật "{form}" phải có số quyết định kỷ luật ({citation}); chỉ nhắc nhở, kiểm điểm không cần quyết định.',
  },
  text: {
    rangeOrder: 'Ngày "đến" không được trước ngày "từ".',
    forces: { militia: 'dân quân tự vệ', reserves: 'quân nhân dự bị' },
    forceTitles: { militia: 'Dân quân tự vệ', reserves: 'Quân nhân dự bị' },
    statuses: { reviewing: 'Đang xem xét', handled: 'Đã xử lý' },
    forms: {
      reminder: 'Nhắc nhở, kiểm điểm',
      reprimand: 'Khiển trách',
      warning: 'Cảnh cáo',
      rank_demotion: 'Giáng cấp bậc quân hàm',
      demotion: 'Giáng chức',
      dismissal: 'Cách chức',
      stripped: 'Tước danh hiệu',
    },
    /** Who a form list applies to, in the refusal. */
    who: {
      militiaMember: 'chiến sĩ dân quân tự vệ',
      militiaCommander: 'chức vụ chỉ huy dân quân tự vệ',
      reservist: 'quân nhân dự bị',
    },
    citations: {
      militia: 'khoản 1, 2 Điều 48 Luật Dân quân tự vệ năm 2019; Điều 8 Thông tư 75/2020/TT-BQP',
      /** Not verified against the text: see the rule's comment. */
      reserves:
        'Luật Lực lượng dự bị động viên năm 2019 và quy định xử lý kỷ luật trong Quân đội của Bộ Quốc phòng (chưa đối chiếu điều khoản)',
    },
    figures: {
      group: 'Chấp hành kỷ luật',
      total: {
        label: 'Số trường hợp vi phạm kỷ luật',
        how: 'Đếm các vi phạm kỷ luật của dân quân tự vệ và quân nhân dự bị có ngày vi phạm từ {from} đến {to}.',
      },
      force: {
        label: 'Vi phạm của {force}',
        how: 'Đếm các vi phạm có ngày vi phạm từ {from} đến {to} của người là {force} vào ngày vi phạm.',
      },
      handled: {
        label: 'Đã xử lý / số vi phạm',
        how: 'Trong các vi phạm có ngày vi phạm từ {from} đến {to}: những vụ đã xử lý với ngày xử lý không sau {to}.',
      },
      form: {
        label: 'Hình thức: {form}',
        how: 'Đếm các vi phạm có ngày vi phạm từ {from} đến {to} đã xử lý bằng hình thức "{form}" (ngày xử lý không sau {to}).',
      },
    },
    units: { case: 'trường hợp' },
    draft: {
      lead: 'Duy trì nghiêm chế độ, nền nếp chính quy, kỷ luật trong lực lượng dân quân tự vệ và quân nhân dự bị',
      some: '{lead}; trong {period} có {total} trường hợp vi phạm kỷ luật ({forces}), đã xử lý {handled}{forms}.',
      forcePart: '{force} {count}',
      formsPart: ' ({forms})',
      formPart: '{form} {count}',
      none: '{lead}; trong {period} không có trường hợp vi phạm kỷ luật.',
    },
  },
} as const;
