/**
 * The office profile's part of the core catalogue (merged into `vi` in ./vi.ts): its periods
 * (the office renamed, regrouped or replaced on a date) and who issues which document.
 */
export const officeMessages = {
  errors: {
    RULE_OFFICE_DISTRICT_DISSOLVED:
      'Ban CHQS cấp huyện (thành phố, quận, huyện, thị xã) đã giải thể từ {dissolved} (Quyết định 2786/QĐ-BQP ngày 14/06/2025): giai đoạn áp dụng từ {date} phải là Ban CHQS phường/xã, Ban CHPTKV hoặc Bộ CHQS tỉnh.',
    OFFICE_PERIOD_DATE:
      'Ngày áp dụng của giai đoạn mới phải sau ngày bắt đầu của giai đoạn gần nhất ({since}): lịch sử thông tin đơn vị chỉ được nối tiếp.',
    OFFICE_PEOPLE_COMMITTEE_MISSING:
      'Văn bản này từ ngày {from} do Chủ tịch Ủy ban nhân dân cấp xã ký ({basis}). Hãy khai báo Ủy ban nhân dân và Chủ tịch trong thông tin đơn vị (Cài đặt → Thông tin đơn vị) cho giai đoạn áp dụng ngày {date}.',
  },
  text: {
    /** The first period's start, where a date would be. */
    sinceTheStart: 'từ đầu',
    /** The committee's collective name after "TM." and the chair's title (Decree 30/2020, Annex I). */
    peopleCommitteeCollective: 'Ủy ban nhân dân',
    chairTitle: 'Chủ tịch',
    peopleCommitteeSymbol: 'UBND',
  },
} as const;
