import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { drillsText } from '../../drills-documents/text';
import { forcesText } from '../../forces-documents/text';
import { vi } from '../../messages/vi';
import { findProfile } from '../../office/repository';
import { formatDisplayDate } from '../../shared/dates';
import { inTransaction } from '../../kernel/transaction';
import { listCounters, takeNextNumber } from '../counters';
import { TYPE_CODES } from '../generate';
import type { DocumentKind } from '../generate-schema';
import { findByNumber } from './repository';

/**
 * The number series each kind's .docx takes, known before it is built, so a number typed by hand
 * that is already in the register is refused before any work. The built file's own series is
 * checked again when it is registered, so a kind missing here is still never given a used number.
 */
const KIND_TYPE_CODES: Partial<Record<DocumentKind, string>> = {
  ...TYPE_CODES,
  'militia.roster': forcesText.listTypeCode,
  'militia.termEnding': forcesText.listTypeCode,
  'reserves.roster': forcesText.listTypeCode,
  'reserves.assignmentList': forcesText.listTypeCode,
  'forces.strengthSummary': forcesText.reportTypeCode,
  'exercises.plan': drillsText.planTypeCode,
  'exercises.resultReport': drillsText.reportTypeCode,
  'training.resultReport': drillsText.reportTypeCode,
  'duty.monthRoster': drillsText.rosterTypeCode,
  'review.report': vi.reviews.document.typeCode,
};

export function expectedTypeCode(kind: DocumentKind): string | undefined {
  return KIND_TYPE_CODES[kind];
}

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
 * Moves the year's counter past numbers the register already holds (typed by hand ahead of the
 * counter, or the counter set back by the office), so the next number taken is a free one rather
 * than one refused after the document is built. The skipped numbers were issued: nothing is lost.
 */
export function skipUsedNumbers(ctx: ApiContext, year: number, typeCode: string): void {
  inTransaction(ctx, () => {
    for (;;) {
      const last = listCounters(ctx, year).find((c) => c.typeCode === typeCode)?.lastNumber ?? 0;
      if (!findByNumber(ctx.db, year, typeCode, last + 1)) return;
      takeNextNumber(ctx, year, typeCode);
    }
  });
}
