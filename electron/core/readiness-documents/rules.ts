import type { ReadinessHolderKind, ReadinessState } from '../../../vocabulary/readiness-documents';
import { format, vi } from '../messages/vi';
import { addYears, formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';

/*
 * The set of readiness documents (văn kiện sẵn sàng chiến đấu) and how often it is reviewed are
 * laid down by Ministry of Defence instructions that are not public; none could be verified. The
 * program follows the offices' common practice instead and says so in its messages: the set is
 * an editable list, and each document is reviewed and supplemented once a year.
 */

/** Office practice (not a cited article): a document is reviewed at least every 12 months. */
export const REVIEW_INTERVAL_YEARS = 1;

/** A review records what was found, so it is not dated after today. */
export function checkReviewNotFuture(reviewedOn: IsoDate, today: IsoDate): RuleResult {
  return reviewedOn > today ? fail('RULE_READINESS_REVIEW_FUTURE', vi.errors.RULE_READINESS_REVIEW_FUTURE) : PASS;
}

/**
 * Reviews of one document are appended in order (the latest is its state): a review dated before
 * the previous one would rewrite history, so it is refused. The same day is allowed.
 */
export function checkReviewOrder(reviewedOn: IsoDate, previousOn: IsoDate | null): RuleResult {
  if (previousOn === null || reviewedOn >= previousOn) return PASS;
  return fail(
    'RULE_READINESS_REVIEW_ORDER',
    format(vi.errors.RULE_READINESS_REVIEW_ORDER, { previous: formatDisplayDate(previousOn) }),
  );
}

/**
 * A review cannot predate the day the holder or the kind was first followed: before it, the document
 * was not in the set the figures count (common sense, no article: the set itself is office practice).
 */
export function checkReviewAfterStart(
  reviewedOn: IsoDate,
  starts: { holder: IsoDate | null; kind: IsoDate | null },
): RuleResult {
  const w = vi.readinessDocuments.startOf;
  for (const [what, start] of [
    [w.holder, starts.holder],
    [w.kind, starts.kind],
  ] as const) {
    if (start !== null && reviewedOn < start)
      return fail(
        'RULE_READINESS_REVIEW_BEFORE_START',
        format(vi.errors.RULE_READINESS_REVIEW_BEFORE_START, { what, start: formatDisplayDate(start) }),
      );
  }
  return PASS;
}

/** Whether a kind of document is in a holder kind's required set. */
export function kindAppliesTo(
  kind: { forOffice: boolean; forLocality: boolean; forMilitia: boolean },
  holderKind: ReadinessHolderKind,
): boolean {
  if (holderKind === 'office') return kind.forOffice;
  if (holderKind === 'locality') return kind.forLocality;
  return kind.forMilitia;
}

/** A document of a holder (reviewed or practised) is one of the kinds its set requires. */
export function checkDocumentOfHolder(
  kind: { name: string; forOffice: boolean; forLocality: boolean; forMilitia: boolean },
  holder: { kind: ReadinessHolderKind; name: string },
): RuleResult {
  return kindAppliesTo(kind, holder.kind)
    ? PASS
    : fail(
        'RULE_READINESS_NOT_HOLDERS_DOCUMENT',
        format(vi.errors.RULE_READINESS_NOT_HOLDERS_DOCUMENT, { kind: kind.name, holder: holder.name }),
      );
}

/**
 * Due for review on `on`: never reviewed, found incomplete or missing, or last reviewed more than
 * 12 months before (office practice: the documents are reviewed and supplemented yearly).
 */
export function isDue(latest: { state: ReadinessState; reviewedOn: IsoDate } | null, on: IsoDate): boolean {
  if (latest === null || latest.state !== 'complete') return true;
  return latest.reviewedOn < addYears(on, -REVIEW_INTERVAL_YEARS);
}

/**
 * A practice held is dated today or before; one planned is planned on or before its day, and
 * not after today (it is recorded when decided). A rating belongs to a practice held.
 */
export function checkPractice(
  p: { status: 'planned' | 'done'; practisedOn: IsoDate; plannedAt: IsoDate; rating: string | null },
  today: IsoDate,
): { field: string; rule: RuleResult } | null {
  if (p.status === 'done' && p.practisedOn > today)
    return {
      field: 'practisedOn',
      rule: fail('RULE_READINESS_PRACTICE_FUTURE', vi.errors.RULE_READINESS_PRACTICE_FUTURE),
    };
  if (p.plannedAt > today)
    return { field: 'plannedAt', rule: fail('RULE_READINESS_PLANNED_AT', vi.field.dateInFuture) };
  if (p.plannedAt > p.practisedOn)
    return {
      field: 'plannedAt',
      rule: fail('RULE_READINESS_PLANNED_AT', vi.errors.RULE_READINESS_PLANNED_AT),
    };
  if (p.status === 'planned' && p.rating !== null)
    return { field: 'rating', rule: fail('RULE_READINESS_PRACTICE_RATING', vi.errors.RULE_READINESS_PRACTICE_RATING) };
  return null;
}
