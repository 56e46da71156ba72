import type { ApiContext } from '../kernel/context';
import type { IsoDate } from '../shared/dates';
import type { ReadinessDocumentCell, ReadinessHolder, ReadinessHolderRow } from './public-types';
import * as repo from './repository';
import { isDue, kindAppliesTo } from './rules';

/**
 * Each holder's required documents on `asOf`: the kinds required then (started, not retired) that its kind of holder
 * must keep, each with its last review on or before `asOf` (a review dated later does not count yet).
 */
export function documentsAsOf(ctx: ApiContext, holders: ReadinessHolder[], asOf: IsoDate): ReadinessHolderRow[] {
  const kinds = repo.listKinds(ctx.db, asOf);
  const ids = holders.map((h) => h.id);
  const latest = new Map(repo.latestReviews(ctx.db, asOf, ids).map((r) => [`${r.holderId}/${r.kindId}`, r]));
  return holders.map((holder) => {
    const documents: ReadinessDocumentCell[] = kinds
      .filter((kind) => kindAppliesTo(kind, holder.kind))
      .map((kind) => {
        const review = latest.get(`${holder.id}/${kind.id}`) ?? null;
        return {
          kindId: kind.id,
          kindName: kind.name,
          state: review?.state ?? null,
          reviewedOn: review?.reviewedOn ?? null,
          reviewer: review?.reviewer ?? '',
          note: review?.note ?? '',
          due: isDue(review, asOf),
        };
      });
    return { holder, documents, complete: documents.length > 0 && documents.every((d) => d.state === 'complete') };
  });
}

/** Every holder active on `asOf` with its documents then (the review's figures and tasks). */
export function allDocumentsAsOf(ctx: ApiContext, asOf: IsoDate): ReadinessHolderRow[] {
  return documentsAsOf(ctx, repo.listHolders(ctx.db, asOf), asOf);
}
