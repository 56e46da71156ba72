/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. All arithmetic is on the
 * calendar fields, never through time zones, so a birthday is the same day
 * on every office PC whatever its clock setting.
 */
import { ageOn as sharedAgeOn } from '../../../vocabulary/age';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function mustParse(value: IsoDate) {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new RangeError(`Not an ISO date: ${value}`);
  return parsed;
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Completed years on `on` (vocabulary/age.ts: the one age rule, the screens' too), refusing what is
 * not a date.
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  mustParse(birthDate);
  mustParse(on);
  return sharedAgeOn(birthDate, on);
}

/** Same month and day `years` later; 29 Feb becomes 28 Feb in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const d = mustParse(date);
  const year = d.year + years;
  return toIsoDate(year, d.month, Math.min(d.day, daysInMonth(year, d.month)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = mustParse(date);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = mustParse(from);
  const b = mustParse(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** dd/mm/yyyy, as shown to users. */
export function formatDisplayDate(date: IsoDate): string {
  const d = mustParse(date);
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** The local calendar date of a clock reading, which is what "today" means to the clerk. */
export function localIsoDate(now: Date): IsoDate {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Vietnam keeps UTC+7 all year (no daylight saving): the office's clock, whatever the process's time zone. */
const OFFICE_UTC_OFFSET_MS = 7 * 3_600_000;
/** What the program stores: an instant (`timestamp()`, "…Z" or "+07:00"), a local "YYYY-MM-DDTHH:mm", a date. */
const STORED_STAMP = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The office's calendar day of a stored timestamp: an instant is read on Vietnam's clock (UTC+7),
 * so a step made at 06:30 on the 28th is dated the 28th even where the process runs on UTC; a
 * local time or a date is taken as written. Null for text that is none of them.
 */
export function officeDayOf(stored: string): IsoDate | null {
  const match = STORED_STAMP.exec(stored);
  if (!match || !isIsoDate(match[1]!)) return null;
  if (match[5] === undefined) return match[1]!;
  const instant = Date.parse(stored);
  if (Number.isNaN(instant)) return null;
  return new Date(instant + OFFICE_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** A stored timestamp as the date a message names (dd/mm/yyyy, the office's day); unreadable text as it is. */
export function displayDateOfStamp(stored: string): string {
  const day = officeDayOf(stored);
  return day === null ? stored : formatDisplayDate(day);
}
