import dayjs from 'dayjs';
import { vi } from '../../messages/vi';

/** Shift presets (times only; the date comes from the day picked). */
export const SHIFT_PRESETS = {
  day: { start: '07:30', end: '17:00' },
  night: { start: '17:00', end: '07:30' },
  full: { start: '07:30', end: '07:30' },
} as const;
export type ShiftPreset = keyof typeof SHIFT_PRESETS | 'custom';

export function presetOf(start: string, end: string): ShiftPreset {
  const found = (Object.keys(SHIFT_PRESETS) as (keyof typeof SHIFT_PRESETS)[]).find(
    (key) => SHIFT_PRESETS[key].start === start && SHIFT_PRESETS[key].end === end,
  );
  return found ?? 'custom';
}

/**
 * A shift from a day and two times of day: an end time not after the start
 * time falls on the next day (17:00–07:30 is a night shift, 07:30–07:30 a full day).
 */
export function shiftSpan(day: string, start: string, end: string): { startsAt: string; endsAt: string } {
  const endDay = end <= start ? dayjs(day, 'YYYY-MM-DD', true).add(1, 'day').format('YYYY-MM-DD') : day;
  return { startsAt: `${day}T${start}`, endsAt: `${endDay}T${end}` };
}

/**
 * A time of day typed as HH:mm. An empty field passes (antd skips a pattern on an empty value):
 * the required rule, where the field has one, speaks for it.
 */
export const timeRules = [{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: vi.duty.invalidTime }];

export const dayOf = (localDateTime: string) => localDateTime.slice(0, 10);
export const timeOf = (localDateTime: string) => localDateTime.slice(11, 16);

/** Times typed as H:mm, HH:mm, HHmm or H → 'HH:mm'; null when not a time. */
export function normaliseTime(value: string): string | null {
  const m = /^(\d{1,2})(?::?(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The days of a month's calendar grid, Monday first, padded with nulls. */
export function monthGrid(year: number, month: number): (string | null)[] {
  const first = dayjs(`${year}-${String(month).padStart(2, '0')}-01`, 'YYYY-MM-DD', true);
  const lead = (first.day() + 6) % 7;
  const days = Array.from({ length: first.daysInMonth() }, (_, i) => first.add(i, 'day').format('YYYY-MM-DD'));
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  return cells;
}
