import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  ageOn,
  daysBetween,
  displayDateOfStamp,
  formatDisplayDate,
  isIsoDate,
  officeDayOf,
} from './dates';

describe('dates', () => {
  it('validates real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('25-01-01')).toBe(false);
  });

  it('counts age up on the birthday itself', () => {
    expect(ageOn('2008-03-04', '2026-03-03')).toBe(17);
    expect(ageOn('2008-03-04', '2026-03-04')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('adds years and days without time zones', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });

  it('shows dates as dd/mm/yyyy', () => {
    expect(formatDisplayDate('2026-03-05')).toBe('05/03/2026');
  });
});

describe('stored timestamps as the office dates them', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it.each(['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York'])(
    'reads an instant near midnight on Vietnam’s clock under TZ=%s',
    (tz) => {
      process.env.TZ = tz;
      expect(officeDayOf('2026-11-27T16:59:59.999Z')).toBe('2026-11-27');
      expect(officeDayOf('2026-11-27T17:00:00.000Z')).toBe('2026-11-28');
      expect(officeDayOf('2026-12-31T23:30:00+07:00')).toBe('2026-12-31');
      expect(displayDateOfStamp('2026-12-31T17:30:00.000Z')).toBe('01/01/2027');
    },
  );

  it('takes a local time or a date as written, and leaves other text alone', () => {
    expect(officeDayOf('2026-03-05T23:30')).toBe('2026-03-05');
    expect(officeDayOf('2026-03-05')).toBe('2026-03-05');
    expect(officeDayOf('2026-02-30T10:00:00Z')).toBeNull();
    expect(displayDateOfStamp('hôm qua')).toBe('hôm qua');
  });
});
