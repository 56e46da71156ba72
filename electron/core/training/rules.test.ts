import { describe, expect, it } from 'vitest';
import {
  checkAttendedDays,
  checkCourseDates,
  checkCourseTarget,
  checkDayInCourse,
  checkPresentDays,
  checkTransition,
  defaultPlannedDays,
  percent,
  tallyFigures,
} from './rules';

describe('default planned days (Art. 28(1) Luật DQTV)', () => {
  it('gives 15 days to first-year militia, except the standing militia, which trains 60 (points a and c)', () => {
    expect(defaultPlannedDays('militia_first_year', null)).toBe(15);
    expect(defaultPlannedDays('militia_first_year', 'on_the_spot')).toBe(15);
    expect(defaultPlannedDays('militia_first_year', 'sea')).toBe(15);
    expect(defaultPlannedDays('militia_first_year', 'standing')).toBe(60);
  });

  it('gives later years 12 (mobile, sea, specialist), 7 (on-the-spot), 60 (standing)', () => {
    expect(defaultPlannedDays('militia_component', 'mobile')).toBe(12);
    expect(defaultPlannedDays('militia_component', 'sea')).toBe(12);
    for (const specialist of [
      'air_defence_artillery',
      'reconnaissance',
      'signals',
      'engineers',
      'chemical_defence',
      'medical',
    ] as const) {
      expect(defaultPlannedDays('militia_component', specialist)).toBe(12);
    }
    expect(defaultPlannedDays('militia_component', 'on_the_spot')).toBe(7);
    expect(defaultPlannedDays('militia_component', 'standing')).toBe(60);
  });

  it('has no default for a component course without a component, reserve units, staff or defence education', () => {
    expect(defaultPlannedDays('militia_component', null)).toBeNull();
    expect(defaultPlannedDays('reserve_unit', null)).toBeNull();
    expect(defaultPlannedDays('staff', null)).toBeNull();
    expect(defaultPlannedDays('defence_education', null)).toBeNull();
  });
});

describe('course target', () => {
  const base = { component: null, militiaUnitId: null, reserveUnitId: null };
  it('needs a component for a component course and a reserve unit for a reserve course', () => {
    expect(checkCourseTarget({ ...base, target: 'militia_component' })?.field).toBe('component');
    expect(checkCourseTarget({ ...base, target: 'reserve_unit' })?.field).toBe('reserveUnitId');
    expect(checkCourseTarget({ ...base, target: 'militia_component', component: 'mobile' })).toBeNull();
    expect(checkCourseTarget({ ...base, target: 'reserve_unit', reserveUnitId: 'r' })).toBeNull();
  });

  it('refuses a militia unit on a staff course and a component on a first-year course', () => {
    expect(checkCourseTarget({ ...base, target: 'staff', militiaUnitId: 'u' })?.field).toBe('militiaUnitId');
    expect(checkCourseTarget({ ...base, target: 'militia_first_year', component: 'mobile' })?.field).toBe('component');
    expect(checkCourseTarget({ ...base, target: 'militia_first_year', militiaUnitId: 'u' })).toBeNull();
  });
});

describe('course dates', () => {
  it('refuses an end before the start, accepts a one-day course', () => {
    expect(checkCourseDates('2026-03-10', '2026-03-09', 1).ok).toBe(false);
    expect(checkCourseDates('2026-03-10', '2026-03-10', 1).ok).toBe(true);
  });

  it('lets the planned days fill the span exactly but not exceed it', () => {
    expect(checkCourseDates('2026-03-01', '2026-03-15', 15).ok).toBe(true);
    const over = checkCourseDates('2026-03-01', '2026-03-15', 16);
    expect(over).toMatchObject({ ok: false, code: 'RULE_TRAINING_DATES' });
    if (!over.ok) expect(over.message).toContain('15 ngày');
  });
});

describe('attendance', () => {
  it('allows a total up to the planned days, not one more', () => {
    expect(checkAttendedDays(15, 15).ok).toBe(true);
    expect(checkAttendedDays(0, 15).ok).toBe(true);
    expect(checkAttendedDays(16, 15)).toMatchObject({ ok: false, code: 'RULE_TRAINING_ATTENDANCE' });
  });

  it('takes day marks on the first and last day, refuses the day before and after', () => {
    expect(checkDayInCourse('2026-03-01', '2026-03-01', '2026-03-15').ok).toBe(true);
    expect(checkDayInCourse('2026-03-15', '2026-03-01', '2026-03-15').ok).toBe(true);
    expect(checkDayInCourse('2026-02-28', '2026-03-01', '2026-03-15').ok).toBe(false);
    expect(checkDayInCourse('2026-03-16', '2026-03-01', '2026-03-15').ok).toBe(false);
  });

  it('caps the present days at the planned days', () => {
    expect(checkPresentDays(12, 12).ok).toBe(true);
    expect(checkPresentDays(13, 12).ok).toBe(false);
  });
});

describe('status transitions', () => {
  it('runs planned → in progress → done, and cancels before done', () => {
    expect(checkTransition('planned', 'in_progress').ok).toBe(true);
    expect(checkTransition('in_progress', 'done').ok).toBe(true);
    expect(checkTransition('planned', 'cancelled').ok).toBe(true);
    expect(checkTransition('in_progress', 'cancelled').ok).toBe(true);
  });

  it('refuses skipping to done, cancelling a done course and reviving a cancelled one straight to work', () => {
    expect(checkTransition('planned', 'done')).toMatchObject({ ok: false, code: 'RULE_TRAINING_STATUS' });
    expect(checkTransition('done', 'cancelled').ok).toBe(false);
    expect(checkTransition('cancelled', 'in_progress').ok).toBe(false);
    expect(checkTransition('cancelled', 'planned').ok).toBe(true);
  });
});

describe('rates', () => {
  it('rounds to two decimals and has no rate over nothing', () => {
    expect(percent(2, 3)).toBe(66.67);
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(0, 5)).toBe(0);
    expect(percent(0, 0)).toBeNull();
  });

  it('works out the fixture: 15/12/9 of 15 days is 80 %; excellent, good, pass is 66.67 % good or better', () => {
    const figures = tallyFigures([
      { plannedDays: 15, attendedDays: 15, result: 'excellent' },
      { plannedDays: 15, attendedDays: 12, result: 'good' },
      { plannedDays: 15, attendedDays: 9, result: 'pass' },
    ]);
    expect(figures).toMatchObject({
      participants: 3,
      plannedPersonDays: 45,
      attendedPersonDays: 36,
      attendanceRate: 80,
      rated: 3,
      goodOrBetter: 2,
      goodOrBetterRate: 66.67,
      results: { excellent: 1, good: 1, pass: 1, fail: 0 },
    });
  });

  it('leaves participants without attendance or result out of those rates', () => {
    const figures = tallyFigures([
      { plannedDays: 7, attendedDays: 7, result: 'fail' },
      { plannedDays: 7, attendedDays: null, result: null },
    ]);
    expect(figures).toMatchObject({ participants: 2, plannedPersonDays: 7, attendanceRate: 100, rated: 1 });
    expect(figures.goodOrBetterRate).toBe(0);
    expect(tallyFigures([]).attendanceRate).toBeNull();
  });
});
