import { addDays, formatDisplayDate, parseIsoDate, type IsoDate } from '../shared/dates';

/**
 * Local date-times 'YYYY-MM-DDTHH:MM' on the office's own clock (no time
 * zone). They compare as strings, and arithmetic runs on their fields.
 */
export type LocalDateTime = string;

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;

export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  return m !== null && parseIsoDate(m[1]!) !== null && Number(m[2]) < 24 && Number(m[3]) < 60;
}

export function isTimeOfDay(value: string): boolean {
  const m = TIME_OF_DAY.exec(value);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
}

/** Minutes since 1970-01-01T00:00 counted on the calendar (no daylight saving, no zone). */
export function minutesOf(value: LocalDateTime): number {
  const m = LOCAL_DATE_TIME.exec(value);
  const d = m ? parseIsoDate(m[1]!) : null;
  if (!m || !d) throw new RangeError(`Not a local date-time: ${value}`);
  return Date.UTC(d.year, d.month - 1, d.day) / 60_000 + Number(m[2]) * 60 + Number(m[3]);
}

export const dateOf = (value: LocalDateTime): IsoDate => value.slice(0, 10);
export const timeOf = (value: LocalDateTime): string => value.slice(11, 16);

/** "07:30 05/11/2026", as the rules' messages show a moment. */
export function formatLocalDateTime(value: LocalDateTime): string {
  return `${timeOf(value)} ${formatDisplayDate(dateOf(value))}`;
}

/** First moment of `from` and first moment after `to`: the half-open span of whole days. */
export function daySpan(from: IsoDate, to: IsoDate): { start: LocalDateTime; end: LocalDateTime } {
  return { start: `${from}T00:00`, end: `${addDays(to, 1)}T00:00` };
}
