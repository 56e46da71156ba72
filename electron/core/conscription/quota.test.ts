import { describe, expect, it } from 'vitest';
import { checkOfficialListQuota, quotaStanding } from './quota';

const ward = { localityName: 'Phường Đức Xuân', quota: { army: 16, police: 4 } };

describe('checkOfficialListQuota (the quota assigned by the competent authority)', () => {
  it('passes at the quota itself and warns one beyond it, with the count', () => {
    expect(checkOfficialListQuota({ ...ward, branch: null, count: { total: 20, army: 0, police: 0 } })).toEqual({
      ok: true,
    });
    const over = checkOfficialListQuota({ ...ward, branch: null, count: { total: 21, army: 0, police: 0 } });
    expect(over).toMatchObject({ ok: false, code: 'RULE_QUOTA_EXCEEDED', severity: 'warning' });
    if (over.ok) throw new Error('expected a warning');
    expect(over.message).toContain('Phường Đức Xuân đã có 21/20 công dân trong danh sách chính thức');
    expect(over.message).toContain('quyết định giao chỉ tiêu của cấp có thẩm quyền');
  });

  it("judges a citizen with a branch by that branch's quota, then by the total", () => {
    const police = { ...ward, branch: 'police' as const };
    expect(checkOfficialListQuota({ ...police, count: { total: 10, army: 6, police: 4 } }).ok).toBe(true);
    const over = checkOfficialListQuota({ ...police, count: { total: 10, army: 5, police: 5 } });
    if (over.ok) throw new Error('expected a warning');
    expect(over.message).toContain(
      '5/4 công dân trong danh sách chính thức thực hiện nghĩa vụ tham gia Công an nhân dân',
    );
    // The branch within its quota, but the ward's total passed through citizens without a branch.
    const total = checkOfficialListQuota({ ...police, count: { total: 21, army: 0, police: 4 } });
    if (total.ok) throw new Error('expected a warning');
    expect(total.message).toContain('21/20');
  });
});

describe('quotaStanding (the dashboard marks)', () => {
  const quota = { army: 3, police: 1 };
  it('is met at the quota, under below it, over above it, and over when one branch exceeds its own', () => {
    expect(quotaStanding(quota, { total: 4, army: 3, police: 1 })).toEqual({ kind: 'met', by: 0, branch: null });
    expect(quotaStanding(quota, { total: 3, army: 0, police: 0 })).toEqual({ kind: 'under', by: 1, branch: null });
    expect(quotaStanding(quota, { total: 5, army: 0, police: 0 })).toEqual({ kind: 'over', by: 1, branch: null });
    expect(quotaStanding(quota, { total: 4, army: 2, police: 2 })).toEqual({ kind: 'over', by: 1, branch: 'police' });
  });
});
