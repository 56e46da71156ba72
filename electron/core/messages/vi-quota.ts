/**
 * The conscription quota's part of the core catalogue (merged into `vi` in ./vi.ts as `vi.quota`):
 * the warning when the official list goes beyond a ward/commune's quota. The quota is set each
 * year by the competent authority's decision (quyết định giao chỉ tiêu); the messages cite that
 * decision, not an article of the law (the article could not be verified, see quota.ts).
 */
export const quotaMessages = {
  errors: {},
  text: {
    /** The citizen's intended branch is known: counted against that branch's quota. */
    overBranch:
      '{locality} đã có {count}/{quota} công dân trong danh sách chính thức {branch} (tính cả công dân này), vượt chỉ tiêu {branchName} được giao theo quyết định giao chỉ tiêu của cấp có thẩm quyền.',
    /** No branch recorded yet: counted against the ward's whole quota (army + police). */
    overTotal:
      '{locality} đã có {count}/{quota} công dân trong danh sách chính thức (tính cả công dân này), vượt chỉ tiêu được giao theo quyết định giao chỉ tiêu của cấp có thẩm quyền (Quân đội: {army}; Công an nhân dân: {police}).',
    /** The campaign has quotas, but none for this ward/commune. */
    noQuota:
      '{locality} chưa được giao chỉ tiêu trong đợt này mà đã có {count} công dân trong danh sách chính thức (tính cả công dân này). Kiểm tra lại bảng chỉ tiêu theo quyết định giao chỉ tiêu của cấp có thẩm quyền.',
    branchList: {
      army: 'gọi nhập ngũ vào Quân đội',
      police: 'thực hiện nghĩa vụ tham gia Công an nhân dân',
    },
    branchName: { army: 'Quân đội', police: 'Công an nhân dân' },
    unnamedLocality: 'Địa bàn này',
  },
};
