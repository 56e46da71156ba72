import dayjs from 'dayjs';
import { DISPLAY_DATE_FORMAT } from '../../shared/dates';
import { vi } from '../../messages/vi';

/** A stored UTC timestamp as the office's day, dd/mm/yyyy. */
export function displayDayOfStamp(stamp: string | null | undefined): string {
  return stamp ? dayjs(stamp).format(DISPLAY_DATE_FORMAT) : '';
}

/** The kinds an exchange office can be, for a picker. */
export const exchangeKindOptions = (Object.keys(vi.exchange.kinds) as (keyof typeof vi.exchange.kinds)[]).map(
  (kind) => ({ value: kind, label: vi.exchange.kinds[kind] }),
);

/** A key as the clerk types it: hex digits only, upper case, in groups of four. */
export function groupHex(typed: string, separator: string, maxDigits: number): string {
  const hex = typed
    .replace(/[^0-9a-f]/gi, '')
    .toUpperCase()
    .slice(0, maxDigits);
  return (hex.match(/.{1,4}/g) ?? []).join(separator);
}
