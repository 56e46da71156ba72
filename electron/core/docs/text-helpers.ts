import { fill } from '../../../vocabulary/text';
import { formatDisplayDate, type IsoDate } from '../shared/dates';

/**
 * The words the helpers below print, the same in every document that uses them: the dotted line
 * an officer fills in by hand and the wording of a period of days.
 */
export const helperText = {
  blank: '……………………………………………………………………………………',
  dateRange: 'từ ngày {from} đến ngày {to}',
  oneDay: 'ngày {date}',
} as const;

const rateFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Share in per cent rounded to 2 decimals; null when there is nothing to divide by. */
export function ratePercent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null;
}

/**
 * A rate as the training screen shows it: at most 2 decimals, no trailing zeros, decimal comma
 * ("80", "87,5", "66,67"); '' when there is nothing to divide by.
 */
export function rateText(value: number | null): string {
  return value === null ? '' : rateFormat.format(value);
}

/** "từ ngày 01/03/2026 đến ngày 05/03/2026", or "ngày 01/03/2026" for a single day; null if no start. */
export function periodText(from: IsoDate | null, to: IsoDate | null): string | null {
  if (!from) return null;
  if (!to || to === from) return fill(helperText.oneDay, { date: formatDisplayDate(from) });
  return fill(helperText.dateRange, { from: formatDisplayDate(from), to: formatDisplayDate(to) });
}

/** The record's text, or the dotted line the officer fills in by hand. */
export function orBlank(value: string | null | undefined): string {
  const text = value?.trim();
  return text ? text : helperText.blank;
}

/** "Diễn tập X" → "X" for a sentence that already says "diễn tập" (or "huấn luyện"). */
export function withoutLeading(title: string, words: string): string {
  const trimmed = title.trim();
  return trimmed.toLocaleLowerCase('vi').startsWith(`${words} `) ? trimmed.slice(words.length + 1) : trimmed;
}

/** A sentence ends with one full stop, whatever the record's text ends with. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
