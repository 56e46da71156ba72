import { byId, defineMethod } from '../kernel/method';
import * as practices from './practices-service';
import {
  holderCreateInput,
  holderListInput,
  holderUpdateInput,
  kindCreateInput,
  kindListInput,
  kindUpdateInput,
  overviewInput,
  practiceCreateInput,
  practiceIdInput,
  practiceListInput,
  practiceUpdateInput,
  reviewBatchInput,
  reviewCreateInput,
  reviewListInput,
} from './schema';
import * as service from './service';

/** The readiness documents' API methods (spread into api/contract.ts). */
export const readinessDocumentsApi = {
  'readinessDocuments.kind.list': defineMethod(kindListInput, (ctx, i) => service.listKinds(ctx, i.includeRetired)),
  'readinessDocuments.kind.create': defineMethod(kindCreateInput, service.createKind),
  'readinessDocuments.kind.update': defineMethod(kindUpdateInput, service.updateKind),
  'readinessDocuments.holder.list': defineMethod(holderListInput, (ctx, i) =>
    service.listHolders(ctx, i.includeRetired),
  ),
  'readinessDocuments.holder.create': defineMethod(holderCreateInput, service.createHolder),
  'readinessDocuments.holder.update': defineMethod(holderUpdateInput, service.updateHolder),
  /** A page of holders, each with its required documents' states on a day. */
  'readinessDocuments.overview': defineMethod(overviewInput, service.overview),
  /** A document's reviews, the latest first. */
  'readinessDocuments.review.list': defineMethod(reviewListInput, (ctx, i) =>
    service.listReviews(ctx, i.holderId, i.kindId),
  ),
  'readinessDocuments.review.create': defineMethod(reviewCreateInput, service.createReview),
  /** Several documents of one holder reviewed on one day, all or none. */
  'readinessDocuments.review.createMany': defineMethod(reviewBatchInput, service.createReviews),
  'readinessDocuments.practice.list': defineMethod(practiceListInput, practices.listPractices),
  'readinessDocuments.practice.get': defineMethod(practiceIdInput, byId(practices.getPractice)),
  'readinessDocuments.practice.create': defineMethod(practiceCreateInput, practices.createPractice),
  'readinessDocuments.practice.update': defineMethod(practiceUpdateInput, practices.updatePractice),
};
