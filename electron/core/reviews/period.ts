import { fill } from '../../../vocabulary/text';
import { halfYearRange } from '../exercises';
import { vi } from '../messages/vi';
import { addDays, formatDisplayDate, type IsoDate } from '../shared/dates';
import type { ReviewPeriodKind } from './public-types';

export interface ReviewPeriod {
  kind: ReviewPeriodKind;
  year: number;
  from: IsoDate;
  to: IsoDate;
}

/** The inclusive date range of a period kind; 'custom' takes the given dates. */
export function periodRange(kind: ReviewPeriodKind, year: number, from?: IsoDate, to?: IsoDate): ReviewPeriod {
  if (kind === 'h1') return { kind, year, ...halfYearRange(year, 1) };
  if (kind === 'h2') return { kind, year, ...halfYearRange(year, 2) };
  if (kind === 'year') return { kind, year, from: `${year}-01-01`, to: `${year}-12-31` };
  if (!from || !to) throw new Error('custom period needs from and to');
  return { kind, year: Number(from.slice(0, 4)), from, to };
}

/** "6 tháng đầu năm 2023", "năm 2023", "thời gian từ 01/03/2023 đến 31/08/2023". */
export function periodTitle(period: ReviewPeriod): string {
  const t = vi.reviews.periodTitle;
  if (period.kind === 'custom')
    return fill(t.custom, { from: formatDisplayDate(period.from), to: formatDisplayDate(period.to) });
  return fill(t[period.kind], { year: period.year });
}

/**
 * The period the "tasks" look ahead to: the second half after the first, the next year
 * after the second half or a year; after a custom range, the six months that follow it.
 */
export function nextPeriod(period: ReviewPeriod): ReviewPeriod {
  if (period.kind === 'h1') return periodRange('h2', period.year);
  if (period.kind === 'h2' || period.kind === 'year') return periodRange('year', period.year + 1);
  const from = addDays(period.to, 1);
  const to = addDays(sixMonthsAfter(from), -1);
  return { kind: 'custom', year: Number(from.slice(0, 4)), from, to };
}

function sixMonthsAfter(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m + 6;
  const year = y + Math.floor((month - 1) / 12);
  const mm = ((month - 1) % 12) + 1;
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return `${year}-${String(mm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The next period's title for the document's summary line ("6 tháng cuối năm 2023", "năm 2024"). */
export function nextPeriodTitle(period: ReviewPeriod): string {
  return periodTitle(nextPeriod(period));
}
