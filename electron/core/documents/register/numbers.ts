import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { findProfile } from '../../office/repository';
import { formatDisplayDate } from '../../shared/dates';
import { lastNumberUsed } from '../counters';
import { findByNumber } from './repository';

/** "05/BC-BCH": the number as the document prints it, without "Số:". */
export function referenceOf(number: number | null, typeCode: string | null, officeSymbol: string): string | null {
  if (number === null || !typeCode) return null;
  const symbol = officeSymbol.trim();
  // Padded to two digits as documentNumberLine prints it on the document ("Số: 05/BC-BCH").
  return `${String(number).padStart(2, '0')}/${typeCode}${symbol ? `-${symbol}` : ''}`;
}

/** Numbers are never reused: refuses a number the register already holds for the year and series. */
export function assertNumberFree(ctx: ApiContext, year: number, typeCode: string, number: number): void {
  const holder = findByNumber(ctx.db, year, typeCode, number);
  if (!holder) return;
  throw ApiError.of('CONFLICT_DOCUMENT_NUMBER', {
    reference: referenceOf(number, typeCode, findProfile(ctx.db)?.symbol ?? '') ?? String(number),
    year,
    summary: holder.summary,
    date: formatDisplayDate(holder.issuedOn),
  });
}

/**
 * The number the next document of the series will carry: the one after the counter, stepping over
 * numbers the register already holds (typed by hand ahead of the counter, or the counter set back
 * by the office), so it is never one refused after the document is built. Nothing is written: the
 * number is used only when its document is registered (../produce.ts).
 */
export function nextFreeNumber(ctx: ApiContext, year: number, typeCode: string, count = 1): number {
  let number = lastNumberUsed(ctx, year, typeCode) + 1;
  while (!blockFree(ctx, year, typeCode, number, count)) number += 1;
  return number;
}

/** `count` numbers from `first` on, none held by the register (a batch of individual papers takes a block). */
function blockFree(ctx: ApiContext, year: number, typeCode: string, first: number, count: number): boolean {
  for (let n = first; n < first + count; n += 1) if (findByNumber(ctx.db, year, typeCode, n)) return false;
  return true;
}
