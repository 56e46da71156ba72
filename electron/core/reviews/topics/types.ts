import type { ApiContext } from '../../kernel/context';
import type { IsoDate } from '../../shared/dates';
import type { ReviewPeriod } from '../period';
import type { ReviewFigureGroup, ReviewFigureGroupKey, ReviewSectionKey } from '../public-types';

/**
 * One topic of the review report that a feature outside `reviews/` supplies: its figure groups
 * (computed from the feature's records), the paragraph it drafts into its section, and the lines it
 * adds to Part II (what was planned, as of the period's last day, for the next period).
 * A topic's draft is never empty and never a "…" placeholder: with no records it says so.
 */
export interface ReviewTopic {
  /** The section its paragraph goes into (appended after any paragraph `draft.ts` writes there). */
  section: ReviewSectionKey;
  /** The keys of the groups `figures` returns, so the draft gets its own groups back. */
  groupKeys: readonly ReviewFigureGroupKey[];
  /** Its figure groups over [from, to] (inclusive), in the report's order. */
  figures(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): ReviewFigureGroup[];
  /** Its paragraph(s) ("\n" between lines) from its groups as computed (or as saved). */
  draft(groups: ReviewFigureGroup[], period: ReviewPeriod): string;
  /**
   * Part II lines ("- …") for `next`, from what was recorded as planned by `period.to`
   * (an item recorded later is not back-dated). Optional.
   */
  tasks?(ctx: ApiContext, period: ReviewPeriod, next: ReviewPeriod): string[];
}
