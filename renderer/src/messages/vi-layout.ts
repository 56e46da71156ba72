/** The words of the screens' common layout (reachable as `vi.layout`; part of the one catalogue in ./vi.ts). */
export const layoutText = {
  collapseNav: 'Thu gọn thanh điều hướng',
  expandNav: 'Mở rộng thanh điều hướng',
  moreFilters: 'Thêm bộ lọc',
  /** The button's name with how many of the hidden filters are set. */
  moreFiltersSet: 'Thêm bộ lọc ({count} đang chọn)',
  /** An age as a list's column shows it (the number under this title) and as a sentence says it. */
  age: 'Tuổi',
  ageYears: '{years} tuổi',
  /** Every list's total, worded the same: "Tổng số: 40 người". */
  total: 'Tổng số: {total} {unit}',
  units: {
    people: 'người',
    records: 'bản ghi',
    documents: 'văn bản',
    entries: 'dòng',
    exercises: 'cuộc',
    courses: 'lớp',
    campaigns: 'đợt',
    accounts: 'tài khoản',
    localities: 'địa bàn',
    specialties: 'CNQS',
    kinds: 'loại',
    backups: 'bản sao lưu',
    periods: 'giai đoạn',
    units: 'đơn vị',
    sessions: 'buổi',
    decisions: 'quyết định',
    breaches: 'vụ',
    notices: 'thông báo',
    batches: 'lần nhập',
    reports: 'báo cáo',
  },
} as const;
