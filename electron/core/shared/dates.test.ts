import { describe, expect, it } from 'vitest';
import { addDays, addYears, ageOn, daysBetween, formatDisplayDate, isIsoDate } from './dates';

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
