import { describe, expect, it } from 'vitest';
import { categoriesOn } from './categories';
import {
  checkCategoryInForce,
  checkCertificate,
  checkCourseDates,
  checkMarkDone,
  checkParticipantCategory,
  checkPlannedOn,
  shareOf,
} from './rules';

describe('defence education rules, at their boundaries', () => {
  it('has no category list before Decree 13/2014 took effect (10/04/2014), eight from that day', () => {
    expect(categoriesOn('2014-04-09')).toEqual([]);
    expect(categoriesOn('2014-04-10')).toHaveLength(8);
    expect(checkCategoryInForce('group4', '2014-04-09').ok).toBe(false);
    expect(checkCategoryInForce('group4', '2014-04-10').ok).toBe(true);
    // The versions follow one another without a gap: the day before and after each change.
    for (const day of ['2021-01-14', '2021-01-15', '2025-08-06', '2025-08-07', '2026-12-31']) {
      expect(categoriesOn(day), day).toContain('group4');
    }
  });

  it('cites the decree as amended on the course’s first day', () => {
    const before = checkParticipantCategory('group3', { category: 'group4', startsOn: '2020-10-01' }, 'A');
    const after = checkParticipantCategory('group3', { category: 'group4', startsOn: '2021-01-15' }, 'A');
    expect(!before.ok && before.message).toContain('(Điều 2 Nghị định số 13/2014/NĐ-CP)');
    expect(!after.ok && after.message).toContain(
      'Điều 2 Nghị định số 13/2014/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 139/2020/NĐ-CP)',
    );
    expect(checkParticipantCategory('group4', { category: 'group4', startsOn: '2021-01-15' }, 'A').ok).toBe(true);
  });

  it('takes a one-day course, a plan on the first day or today, and a course held on its last day', () => {
    expect(checkCourseDates('2023-03-14', '2023-03-14').ok).toBe(true);
    expect(checkCourseDates('2023-03-14', '2023-03-13').ok).toBe(false);
    expect(checkPlannedOn('2023-03-14', '2023-03-14', '2026-11-27').ok).toBe(true);
    expect(checkPlannedOn('2023-03-15', '2023-03-14', '2026-11-27').ok).toBe(false);
    expect(checkPlannedOn('2026-11-28', '2026-12-01', '2026-11-27').ok).toBe(false);
    expect(checkPlannedOn(null, '2023-03-14', '2026-11-27').ok).toBe(true);
    expect(checkMarkDone('2026-11-27', '2026-11-27').ok).toBe(true);
    expect(checkMarkDone('2026-11-28', '2026-11-27').ok).toBe(false);
  });

  it('gives a certificate to giỏi, khá, đạt only, dated from the course’s last day', () => {
    for (const result of ['excellent', 'good', 'pass'] as const) {
      expect(checkCertificate({ result, certificateNo: '1', certificateOn: '2023-03-17' }, '2023-03-17').ok).toBe(true);
    }
    for (const result of ['fail', 'absent', null] as const) {
      expect(checkCertificate({ result, certificateNo: '1', certificateOn: null }, '2023-03-17').ok).toBe(false);
      expect(checkCertificate({ result, certificateNo: '', certificateOn: null }, '2023-03-17').ok).toBe(true);
    }
    expect(checkCertificate({ result: 'pass', certificateNo: '1', certificateOn: '2023-03-16' }, '2023-03-17').ok).toBe(
      false,
    );
  });

  it('has no share without a headcount, and rounds to two decimals', () => {
    expect(shareOf(3, null)).toBeNull();
    expect(shareOf(3, 0)).toBeNull();
    expect(shareOf(1, 3)).toBe(33.33);
    expect(shareOf(84, 320)).toBe(26.25);
  });
});
