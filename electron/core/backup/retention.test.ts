import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../shared/dates';
import { retain } from './retention';

/** Local times, as the backup names record them. */
const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);
const NOW = at(2026, 11, 27, 10);
const days = (dates: Date[]) => dates.map(localIsoDate);

/** A backup every 6 hours for 500 days up to NOW (a program that was never closed). */
function everySixHours(): Date[] {
  const list: Date[] = [];
  for (let t = NOW.getTime(); t > NOW.getTime() - 500 * 86_400_000; t -= 6 * 3_600_000) list.push(new Date(t));
  return list.reverse();
}

describe('retain', () => {
  it('keeps the newest of each of the last 7 days, 4 weekly, then 12 monthly', () => {
    const kept = retain(everySixHours(), NOW);
    const keptDays = days(kept);
    expect(keptDays.slice(-7)).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    // Each day's newest backup: 22:00 on past days, the 10:00 one today.
    expect(kept.slice(-7).map((d) => d.getHours())).toEqual([22, 22, 22, 22, 22, 22, 10]);
    // Four 7-day blocks before that (7–13, 14–20, 21–27, 28–34 days old), each by its newest backup.
    expect(keptDays.slice(-11, -7)).toEqual(['2026-10-30', '2026-11-06', '2026-11-13', '2026-11-20']);
    // Then one a month back to November 2025 (12 months), the newest in each month before the weekly span.
    expect(keptDays.slice(0, -11)).toEqual([
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-23',
    ]);
    expect(kept).toHaveLength(23);
  });

  it('is stable: applying it to what it kept keeps all of it', () => {
    const kept = retain(everySixHours(), NOW);
    expect(retain(kept, NOW)).toEqual(kept);
  });

  it('keeps the later of two backups on one day, and whatever a wrong clock dated in the future', () => {
    const morning = at(2026, 11, 25, 8);
    const evening = at(2026, 11, 25, 20);
    const future = at(2027, 1, 1);
    expect(retain([morning, evening, future], NOW)).toEqual([evening, future]);
  });

  it('drops backups older than the monthly span and keeps a lone recent one', () => {
    expect(retain([at(2024, 5, 1), at(2025, 10, 31)], NOW)).toEqual([]);
    expect(retain([at(2026, 11, 27, 9)], NOW)).toHaveLength(1);
    expect(retain([], NOW)).toEqual([]);
  });
});
