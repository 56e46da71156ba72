import { describe, expect, it } from 'vitest';
import { DEFERRAL_POINTS, EXEMPTION_POINTS } from './points';
import {
  callUpAgeWindow,
  checkCallUpAge,
  checkCallUpNotice,
  checkCampaignOpen,
  checkDeferralOrExemptionPoint,
  checkHealthClass,
  checkNotExempted,
  checkOfficialListEligibility,
  checkTransition,
  isMale17InYear,
  type OfficialListCandidate,
  turning17Year,
} from './rules';
import { expectAllIn } from '../db/test-helpers';

/** A 2026 campaign's handover date: the texts as amended in 2025 apply. */
const HANDOVER_2026 = '2026-03-04';
const HEALTH_2026 =
  'điểm a khoản 3 Điều 4 Thông tư số 148/2018/TT-BQP (được sửa đổi, bổ sung bởi Thông tư số 68/2025/TT-BQP); Điều 5, 6 Thông tư số 105/2023/TT-BQP';

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('checkCallUpAge (Art. 30)', () => {
  const born = '2008-03-04';

  it('refuses the day before the 18th birthday and says the exact age and the limit', () => {
    const result = checkCallUpAge(born, '2026-03-03', false);
    expect(result).toEqual({
      ok: false,
      code: 'RULE_AGE_OUT_OF_RANGE',
      severity: 'error',
      message:
        'Vào ngày giao nhận quân 03/03/2026, công dân mới 17 tuổi 11 tháng 27 ngày, chưa đủ 18 tuổi. Độ tuổi gọi nhập ngũ là từ đủ 18 tuổi đến hết 25 tuổi (Điều 30 Luật Nghĩa vụ quân sự số 78/2015/QH13), với công dân này là từ ngày 04/03/2026 đến ngày 03/03/2034.',
    });
  });

  it('accepts the 18th birthday itself and the day before the 26th birthday', () => {
    expect(checkCallUpAge(born, '2026-03-04', false)).toEqual({ ok: true });
    expect(checkCallUpAge(born, '2034-03-03', false)).toEqual({ ok: true });
  });

  it('refuses the 26th birthday without a study deferral', () => {
    const result = checkCallUpAge(born, '2034-03-04', false);
    expect(result).toMatchObject({ ok: false, code: 'RULE_AGE_OUT_OF_RANGE', severity: 'error' });
    if (result.ok) throw new Error('expected a failure');
    expectAllIn(result.message, [
      'công dân đã 26 tuổi, quá độ tuổi gọi nhập ngũ',
      'đến hết 25 tuổi',
      'đến ngày 03/03/2034',
    ]);
    expect(result.message).toMatch(VIETNAMESE);
  });

  it('with a college/university deferral accepts the 26th birthday and the day before the 28th, refuses the 28th', () => {
    expect(checkCallUpAge(born, '2034-03-04', true)).toEqual({ ok: true });
    expect(checkCallUpAge(born, '2036-03-03', true)).toEqual({ ok: true });
    const result = checkCallUpAge(born, '2036-03-04', true);
    expect(result).toMatchObject({ ok: false, code: 'RULE_AGE_OUT_OF_RANGE' });
    if (result.ok) throw new Error('expected a failure');
    expectAllIn(result.message, [
      'đã 28 tuổi',
      'đến hết 27 tuổi đối với công dân được đào tạo cao đẳng, đại học',
      'đến ngày 03/03/2036',
    ]);
    expect(checkCallUpAge(born, '2036-03-03', false)).toMatchObject({ ok: false });
  });

  it('still applies the 18th birthday to those with a study deferral', () => {
    expect(checkCallUpAge(born, '2026-03-03', true)).toMatchObject({ ok: false, code: 'RULE_AGE_OUT_OF_RANGE' });
  });

  it('counts a 29 Feb birthday from 1 Mar in common years', () => {
    const leap = '2008-02-29';
    const young = checkCallUpAge(leap, '2026-02-28', false);
    expect(young).toMatchObject({ ok: false });
    if (young.ok) throw new Error('expected a failure');
    expect(young.message).toContain('mới 17 tuổi 11 tháng 30 ngày');
    expect(young.message).toContain('từ ngày 01/03/2026 đến ngày 28/02/2034');
    expect(checkCallUpAge(leap, '2026-03-01', false)).toEqual({ ok: true });
    // 26th birthday in a common year (2034): last day 28 Feb, refused from 1 Mar.
    expect(checkCallUpAge(leap, '2034-02-28', false)).toEqual({ ok: true });
    expect(checkCallUpAge(leap, '2034-03-01', false)).toMatchObject({ ok: false, code: 'RULE_AGE_OUT_OF_RANGE' });
    // 28th birthday in a leap year (2036): the birthday itself is 29 Feb.
    expect(checkCallUpAge(leap, '2036-02-28', true)).toEqual({ ok: true });
    const old = checkCallUpAge(leap, '2036-02-29', true);
    expect(old).toMatchObject({ ok: false });
    if (old.ok) throw new Error('expected a failure');
    expect(old.message).toContain('đã 28 tuổi');
    expect(old.message).toContain('đến ngày 28/02/2036');
  });

  it('gives the window of call-up dates', () => {
    expect(callUpAgeWindow(born, false)).toEqual({ from: '2026-03-04', to: '2034-03-03', maxAge: 25 });
    expect(callUpAgeWindow(born, true)).toEqual({ from: '2026-03-04', to: '2036-03-03', maxAge: 27 });
    expect(callUpAgeWindow('2008-02-29', true)).toEqual({ from: '2026-03-01', to: '2036-02-28', maxAge: 27 });
    expect(callUpAgeWindow('2007-01-01', false)).toEqual({ from: '2025-01-01', to: '2032-12-31', maxAge: 25 });
  });

  it('refuses a birth date after the handover date', () => {
    expect(checkCallUpAge('2026-05-01', '2026-03-04', false)).toMatchObject({
      ok: false,
      code: 'RULE_AGE_OUT_OF_RANGE',
      message: 'Ngày sinh (01/05/2026) sau ngày giao nhận quân (04/03/2026).',
    });
  });
});

describe('checkHealthClass (Circular 105/2023)', () => {
  it.each([1, 2, 3])('accepts class %i', (healthClass) => {
    expect(checkHealthClass(healthClass, HANDOVER_2026)).toEqual({ ok: true });
  });

  it.each([4, 5, 6])('refuses class %i and names it', (healthClass) => {
    expect(checkHealthClass(healthClass, HANDOVER_2026)).toEqual({
      ok: false,
      code: 'RULE_HEALTH_CLASS',
      severity: 'error',
      message: `Sức khỏe loại ${healthClass}: chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 (${HEALTH_2026}).`,
    });
  });

  it('refuses a missing class', () => {
    for (const missing of [null, undefined]) {
      expect(checkHealthClass(missing, HANDOVER_2026)).toMatchObject({
        ok: false,
        code: 'RULE_HEALTH_CLASS',
        message: expect.stringContaining('Chưa có kết quả phân loại sức khỏe'),
      });
    }
  });

  it('refuses numbers that are not a class', () => {
    for (const bad of [0, 7, 2.5, -1]) {
      expect(checkHealthClass(bad, HANDOVER_2026)).toMatchObject({ ok: false, code: 'RULE_HEALTH_CLASS' });
    }
    expect(checkHealthClass(0, HANDOVER_2026)).toMatchObject({
      message: 'Loại sức khỏe "0" không hợp lệ (chỉ có loại 1 đến 6).',
    });
  });
});

describe('checkDeferralOrExemptionPoint (Art. 41)', () => {
  it.each(DEFERRAL_POINTS)('accepts deferral point %s', (point) => {
    expect(checkDeferralOrExemptionPoint('deferral', point, HANDOVER_2026)).toEqual({ ok: true });
  });

  it.each(EXEMPTION_POINTS)('accepts exemption point %s', (point) => {
    expect(checkDeferralOrExemptionPoint('exemption', point, HANDOVER_2026)).toEqual({ ok: true });
  });

  it('has the eight deferral points a, b, c, d, đ, e, g, h and the five exemption points a–đ', () => {
    expect(DEFERRAL_POINTS).toEqual(['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h']);
    expect(EXEMPTION_POINTS).toEqual(['a', 'b', 'c', 'd', 'dd']);
  });

  it('refuses a point the clause does not have and lists the real ones', () => {
    expect(checkDeferralOrExemptionPoint('deferral', 'f', HANDOVER_2026)).toEqual({
      ok: false,
      code: 'RULE_LEGAL_POINT_REQUIRED',
      severity: 'error',
      message:
        'Không có điểm "f" trong khoản 1 Điều 41 Luật Nghĩa vụ quân sự số 78/2015/QH13 (được sửa đổi, bổ sung bởi Luật Dân quân tự vệ số 48/2019/QH14) (chỉ có các điểm a, b, c, d, đ, e, g, h).',
    });
    for (const bad of ['i', 'A', 'đ', 'a)', 'aa']) {
      expect(checkDeferralOrExemptionPoint('deferral', bad, HANDOVER_2026)).toMatchObject({
        code: 'RULE_LEGAL_POINT_REQUIRED',
      });
    }
    // e, g and h exist for deferral only.
    for (const deferralOnly of ['e', 'g', 'h']) {
      expect(checkDeferralOrExemptionPoint('exemption', deferralOnly, HANDOVER_2026)).toMatchObject({
        ok: false,
        code: 'RULE_LEGAL_POINT_REQUIRED',
        message: expect.stringContaining('chỉ có các điểm a, b, c, d, đ)'),
      });
    }
  });

  it('refuses a decision with no point', () => {
    for (const missing of [null, undefined, '', '  ']) {
      expect(checkDeferralOrExemptionPoint('deferral', missing, HANDOVER_2026)).toMatchObject({
        ok: false,
        code: 'RULE_LEGAL_POINT_REQUIRED',
        message: expect.stringContaining('khoản 1 Điều 41'),
      });
      expect(checkDeferralOrExemptionPoint('exemption', missing, HANDOVER_2026)).toMatchObject({
        ok: false,
        code: 'RULE_LEGAL_POINT_REQUIRED',
        message: expect.stringContaining('khoản 2 Điều 41'),
      });
    }
  });
});

describe('checkNotExempted (Art. 41(2))', () => {
  it('refuses an exempted citizen, passes the others', () => {
    expect(checkNotExempted(true, HANDOVER_2026)).toMatchObject({
      ok: false,
      code: 'RULE_EXEMPTED',
      severity: 'error',
    });
    expect(checkNotExempted(true, HANDOVER_2026)).toMatchObject({
      message: expect.stringMatching(/miễn gọi nhập ngũ/),
    });
    expect(checkNotExempted(false, HANDOVER_2026)).toEqual({ ok: true });
  });
});

describe('checkCallUpNotice (Art. 34(6))', () => {
  const report = '2026-03-04';

  it('accepts an order delivered 15 days or more before reporting', () => {
    expect(checkCallUpNotice('2026-02-17', report)).toEqual({ ok: true });
    expect(checkCallUpNotice('2026-02-01', report)).toEqual({ ok: true });
  });

  it('warns (does not block) at 14 days and says the days and the minimum', () => {
    expect(checkCallUpNotice('2026-02-18', report)).toEqual({
      ok: false,
      code: 'RULE_CALL_UP_NOTICE',
      severity: 'warning',
      message:
        'Lệnh gọi nhập ngũ giao ngày 18/02/2026, chỉ trước ngày giao nhận quân 04/03/2026 14 ngày; lệnh phải đến tay công dân trước ít nhất 15 ngày (khoản 6 Điều 34 Luật Nghĩa vụ quân sự số 78/2015/QH13).',
    });
    expect(checkCallUpNotice('2026-03-03', report)).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining(' 1 ngày'),
    });
  });

  it('warns when delivered on or after the report date', () => {
    for (const delivered of ['2026-03-04', '2026-03-05']) {
      expect(checkCallUpNotice(delivered, report)).toMatchObject({
        ok: false,
        code: 'RULE_CALL_UP_NOTICE',
        severity: 'warning',
        message: expect.stringContaining('không trước ngày giao nhận quân 04/03/2026'),
      });
    }
  });
});

describe('checkCampaignOpen', () => {
  it('allows any change in an open campaign and only corrections in a closed one', () => {
    expect(checkCampaignOpen('open', false)).toEqual({ ok: true });
    expect(checkCampaignOpen('open', true)).toEqual({ ok: true });
    expect(checkCampaignOpen('closed', true)).toEqual({ ok: true });
    expect(checkCampaignOpen('closed', false)).toMatchObject({
      ok: false,
      code: 'RULE_CAMPAIGN_CLOSED',
      severity: 'error',
      message: expect.stringContaining('đính chính'),
    });
  });
});

describe('checkTransition', () => {
  it('passes a move in the table and names both states in Vietnamese otherwise', () => {
    expect(checkTransition('call_up_ordered', 'handed_over')).toEqual({ ok: true });
    expect(checkTransition('pool', 'handed_over')).toEqual({
      ok: false,
      code: 'RULE_TRANSITION',
      severity: 'error',
      message: 'Không thể chuyển hồ sơ từ "Trong nguồn gọi nhập ngũ" sang "Đã giao quân".',
    });
  });
});

describe('checkOfficialListEligibility', () => {
  const eligible: OfficialListCandidate = {
    birthDate: '2005-06-15',
    handoverDate: '2026-03-04',
    hasStudyDeferral: false,
    healthClass: 2,
    isExempted: false,
    campaignStatus: 'open',
    currentState: 'political_review_passed',
  };

  it('returns nothing for an eligible citizen', () => {
    expect(checkOfficialListEligibility(eligible)).toEqual([]);
    expect(checkOfficialListEligibility({ ...eligible, healthClass: 3, currentState: 'reserve_list' })).toEqual([]);
  });

  it('returns every reason at once', () => {
    const failures = checkOfficialListEligibility({
      ...eligible,
      birthDate: '1999-01-01',
      healthClass: 4,
      isExempted: true,
      campaignStatus: 'closed',
      currentState: 'health_exam_failed',
    });
    expect(failures.map((f) => f.code)).toEqual([
      'RULE_CAMPAIGN_CLOSED',
      'RULE_TRANSITION',
      'RULE_EXEMPTED',
      'RULE_AGE_OUT_OF_RANGE',
      'RULE_HEALTH_CLASS',
    ]);
    expect(failures.every((f) => f.severity === 'error' && VIETNAMESE.test(f.message))).toBe(true);
    expect(failures[3]?.message).toContain('27 tuổi 2 tháng 3 ngày');
  });

  it('refuses class 4 with the Vietnamese reason', () => {
    expect(checkOfficialListEligibility({ ...eligible, healthClass: 4 })).toEqual([
      expect.objectContaining({ code: 'RULE_HEALTH_CLASS', message: expect.stringContaining('Sức khỏe loại 4') }),
    ]);
  });

  it('lets a recorded correction through a closed campaign and outside the table, but not past the law', () => {
    const correction = {
      ...eligible,
      campaignStatus: 'closed' as const,
      isCorrection: true,
      currentState: 'handed_over' as const,
    };
    expect(checkOfficialListEligibility(correction)).toEqual([]);
    expect(checkOfficialListEligibility({ ...correction, healthClass: null }).map((f) => f.code)).toEqual([
      'RULE_HEALTH_CLASS',
    ]);
  });

  it('uses the study deferral for the age limit', () => {
    const older = { ...eligible, birthDate: '2000-01-10' }; // 26 on 04/03/2026
    expect(checkOfficialListEligibility(older).map((f) => f.code)).toEqual(['RULE_AGE_OUT_OF_RANGE']);
    expect(checkOfficialListEligibility({ ...older, hasStudyDeferral: true })).toEqual([]);
  });
});

describe('first registration at 17 (Art. 12, 16)', () => {
  it('lists the birth year 17 years before the registration year', () => {
    expect(turning17Year(2026)).toEqual({ birthYear: 2009, bornFrom: '2009-01-01', bornTo: '2009-12-31' });
  });

  it('picks males turning 17 during the year, from 1 Jan to 31 Dec', () => {
    expect(isMale17InYear('2009-01-01', 'M', 2026)).toBe(true);
    expect(isMale17InYear('2009-12-31', 'M', 2026)).toBe(true);
    expect(isMale17InYear('2008-12-31', 'M', 2026)).toBe(false);
    expect(isMale17InYear('2010-01-01', 'M', 2026)).toBe(false);
    expect(isMale17InYear('2009-06-01', 'F', 2026)).toBe(false);
    expect(isMale17InYear('2008-02-29', 'M', 2025)).toBe(true);
  });
});

describe('the text cited is the one in force on the handover date', () => {
  it('cites the health standard of each period for the same class 4', () => {
    const message = (handover: string) => (checkHealthClass(4, handover) as { message: string }).message;
    expect(message('2023-02-15')).toBe(
      'Sức khỏe loại 4: chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 (Điều 31 Luật Nghĩa vụ quân sự số 78/2015/QH13; Thông tư liên tịch số 16/2016/TTLT-BYT-BQP).',
    );
    expect(message('2024-02-15')).toBe(
      'Sức khỏe loại 4: chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 (Điều 31 Luật Nghĩa vụ quân sự số 78/2015/QH13; Điều 5, 6 Thông tư số 105/2023/TT-BQP).',
    );
    // The day before and the day Circular 68/2025 applies.
    expect(message('2025-06-30')).not.toContain('68/2025');
    expect(message('2025-07-01')).toBe(
      `Sức khỏe loại 4: chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 (${HEALTH_2026}).`,
    );
  });

  it('cites the deferral clause with the Militia Law amendment only from 01/07/2020', () => {
    const before = checkDeferralOrExemptionPoint('deferral', null, '2020-06-30') as { message: string };
    const after = checkDeferralOrExemptionPoint('deferral', null, '2020-07-01') as { message: string };
    expect(before.message).toBe(
      'Tạm hoãn gọi nhập ngũ phải ghi rõ căn cứ là điểm nào của khoản 1 Điều 41 Luật Nghĩa vụ quân sự số 78/2015/QH13.',
    );
    expect(after.message).toContain('(được sửa đổi, bổ sung bởi Luật Dân quân tự vệ số 48/2019/QH14)');
  });

  it('cites the unchanged articles by their number in every period', () => {
    for (const handover of ['2023-02-15', '2026-03-04']) {
      // Born 2010: too young on both handover dates.
      expect(checkCallUpAge('2010-01-01', handover, false)).toMatchObject({
        message: expect.stringContaining('(Điều 30 Luật Nghĩa vụ quân sự số 78/2015/QH13)'),
      });
      expect(checkNotExempted(true, handover)).toMatchObject({
        message: expect.stringContaining('(khoản 2 Điều 41 Luật Nghĩa vụ quân sự số 78/2015/QH13)'),
      });
    }
  });
});
