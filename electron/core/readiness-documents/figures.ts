import type { ApiContext } from '../kernel/context';
import type { IsoDate } from '../shared/dates';
import { allDocumentsAsOf } from './documents';
import * as practices from './practices-repository';
import type { ReadinessPractice } from './public-types';
import * as repo from './repository';
import { isDue as dueBy } from './rules';

export interface ReadinessFigures {
  /** Holders active on `to`, and those whose every required document is complete on `to`. */
  holders: number;
  completeHolders: number;
  /** Required documents by their state on `to` (never reviewed by then counts as missing). */
  needsRevision: number;
  missing: number;
  /** Documents reviewed at least once in [from, to]. */
  reviewed: number;
  /** Practices dated in [from, to]: all, held, and the people who took part in those held. */
  practices: number;
  practicesDone: number;
  participants: number;
}

/** The review's figures over [from, to]: states as of `to` (the last review on or before it). */
export function readinessFigures(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): ReadinessFigures {
  const rows = allDocumentsAsOf(ctx, range.to);
  const documents = rows.flatMap((r) => r.documents);
  const counts = practices.practiceCounts(ctx.db, range.from, range.to);
  return {
    holders: rows.length,
    completeHolders: rows.filter((r) => r.complete).length,
    needsRevision: documents.filter((d) => d.state === 'needs_revision').length,
    missing: documents.filter((d) => d.state === null || d.state === 'missing').length,
    reviewed: repo.documentsReviewedIn(ctx.db, range.from, range.to),
    practices: counts.all,
    practicesDone: counts.done,
    participants: counts.participants,
  };
}

export interface ReadinessTasks {
  /** Documents due for review by `next.to` as they stood on `asOf`, grouped by holder name. */
  due: { holderName: string; count: number }[];
  /** Practices planned by `asOf` for a day in `next`. */
  practices: ReadinessPractice[];
}

/**
 * What Part II carries into `next` as the records stood on `asOf` (the period's end): documents
 * whose last review by `asOf` leaves them incomplete or older than 12 months on `next.to`, and
 * practices planned by `asOf` for `next` (a plan made later is not back-dated).
 */
export function readinessTasks(ctx: ApiContext, asOf: IsoDate, next: { from: IsoDate; to: IsoDate }): ReadinessTasks {
  const rows = allDocumentsAsOf(ctx, asOf);
  const latest = new Map(repo.latestReviews(ctx.db, asOf).map((r) => [`${r.holderId}/${r.kindId}`, r]));
  const due = rows
    .map((row) => ({
      holderName: row.holder.name,
      count: row.documents.filter((d) => dueBy(latest.get(`${row.holder.id}/${d.kindId}`) ?? null, next.to)).length,
    }))
    .filter((h) => h.count > 0);
  return { due, practices: practices.practicesPlanned(ctx.db, next.from, next.to, asOf) };
}
