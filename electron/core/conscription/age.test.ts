import { describe, expect, it } from 'vitest';
import { addDays, ageOn } from '../shared/dates';
import { ageBreakdown, birthdayAt, formatAge } from './age';

describe('birthdayAt', () => {
  it('is the same day and month, with 29 Feb on 1 Mar in common years', () => {
    expect(birthdayAt('2008-03-04', 18)).toBe('2026-03-04');
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayAt('2008-02-29', 28)).toBe('2036-02-29');
    expect(birthdayAt('2008-12-31', 1)).toBe('2009-12-31');
  });

  it('agrees with ageOn: the age goes up exactly on that day', () => {
    for (const birth of ['2008-02-29', '2008-03-01', '2007-12-31', '2008-01-31']) {
      for (const years of [17, 18, 26, 28]) {
        const day = birthdayAt(birth, years);
        expect(ageOn(birth, day)).toBe(years);
        expect(ageOn(birth, addDays(day, -1))).toBe(years - 1);
      }
    }
  });
});

describe('ageBreakdown', () => {
  it('counts years, months and days', () => {
    expect(ageBreakdown('2008-03-04', '2026-03-03')).toEqual({ years: 17, months: 11, days: 27 });
    expect(ageBreakdown('2008-03-04', '2026-03-04')).toEqual({ years: 18, months: 0, days: 0 });
    expect(ageBreakdown('2008-02-29', '2026-02-28')).toEqual({ years: 17, months: 11, days: 30 });
    expect(ageBreakdown('2008-02-29', '2026-03-01')).toEqual({ years: 18, months: 0, days: 0 });
    expect(ageBreakdown('2008-03-04', '2008-03-04')).toEqual({ years: 0, months: 0, days: 0 });
  });

  it('rolls a missing month-day to the 1st of the next month', () => {
    expect(ageBreakdown('2000-01-31', '2000-02-29')).toEqual({ years: 0, months: 0, days: 29 });
    expect(ageBreakdown('2000-01-31', '2000-03-01')).toEqual({ years: 0, months: 1, days: 0 });
    expect(ageBreakdown('2000-01-31', '2000-03-30')).toEqual({ years: 0, months: 1, days: 29 });
    expect(ageBreakdown('2000-01-31', '2000-03-31')).toEqual({ years: 0, months: 2, days: 0 });
  });

  it('always has the years of ageOn and moves one day at a time', () => {
    const birth = '2004-02-29';
    let day = '2021-12-25';
    let previous = ageBreakdown(birth, day);
    for (let i = 0; i < 3 * 366; i += 1) {
      day = addDays(day, 1);
      const current = ageBreakdown(birth, day);
      expect(current.years).toBe(ageOn(birth, day));
      expect(current.months).toBeGreaterThanOrEqual(0);
      expect(current.months).toBeLessThan(12);
      expect(current.days).toBeGreaterThanOrEqual(0);
      expect(current.days).toBeLessThan(31);
      const months = (a: { years: number; months: number }) => a.years * 12 + a.months;
      const sameMonthNextDay = months(current) === months(previous) && current.days === previous.days + 1;
      const nextMonthFirstDay = months(current) === months(previous) + 1 && current.days === 0;
      expect(sameMonthNextDay || nextMonthFirstDay, day).toBe(true);
      previous = current;
    }
  });

  it('refuses a date before the birth', () => {
    expect(() => ageBreakdown('2008-03-04', '2008-03-03')).toThrow(RangeError);
  });
});

describe('formatAge', () => {
  it('writes the age in Vietnamese, leaving out zero parts', () => {
    expect(formatAge({ years: 17, months: 11, days: 27 })).toBe('17 tuổi 11 tháng 27 ngày');
    expect(formatAge({ years: 26, months: 0, days: 0 })).toBe('26 tuổi');
    expect(formatAge({ years: 25, months: 0, days: 3 })).toBe('25 tuổi 3 ngày');
    expect(formatAge({ years: 18, months: 2, days: 0 })).toBe('18 tuổi 2 tháng');
  });
});
