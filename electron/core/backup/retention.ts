import { daysBetween, localIsoDate, type IsoDate } from '../shared/dates';

/** How many recent calendar days keep their newest backup each. */
export const DAILY_DAYS = 7;
/** After the daily span: how many 7-day blocks keep their newest backup each. */
export const WEEKLY_BLOCKS = 4;
/** After the weekly span: how many calendar months back keep their newest backup each. */
export const MONTHLY_MONTHS = 12;

const monthIndex = (day: IsoDate) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/**
 * Which automatic backups to keep: the newest of each of the last 7 days, then
 * the newest of each 7-day block for 4 weeks, then the newest of each calendar
 * month for 12 months. Everything else may be deleted. Backups dated after
 * `now` (a clock that was wrong) are kept: we do not delete what we cannot place.
 * Days are local calendar days, as the office sees them.
 */
export function retain(dates: readonly Date[], now: Date): Date[] {
  const today = localIsoDate(now);
  const newestPerBucket = new Map<string, Date>();
  const keep = new Set<Date>();
  for (const date of dates) {
    const day = localIsoDate(date);
    const age = daysBetween(day, today);
    let bucket: string | null;
    if (age < 0) {
      keep.add(date);
      continue;
    } else if (age < DAILY_DAYS) {
      bucket = `d:${day}`;
    } else if (age < DAILY_DAYS + WEEKLY_BLOCKS * 7) {
      bucket = `w:${Math.floor((age - DAILY_DAYS) / 7)}`;
    } else if (monthIndex(today) - monthIndex(day) <= MONTHLY_MONTHS) {
      bucket = `m:${day.slice(0, 7)}`;
    } else {
      bucket = null;
    }
    if (bucket === null) continue;
    const current = newestPerBucket.get(bucket);
    if (!current || date.getTime() > current.getTime()) newestPerBucket.set(bucket, date);
  }
  for (const date of newestPerBucket.values()) keep.add(date);
  return dates.filter((d) => keep.has(d));
}
