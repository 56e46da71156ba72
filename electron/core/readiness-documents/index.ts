/**
 * What other features may use of readiness-documents/: its face. Everything else in the folder is
 * its own (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { readinessFigures, readinessTasks } from './figures';
export type { ReadinessFigures, ReadinessTasks } from './figures';
export type { ReadinessHolder, ReadinessPractice } from './public-types';
export { createHolder, createReview, createReviews, listHolders, listKinds } from './service';
export { createPractice } from './practices-service';
export { holderCreateInput, practiceCreateInput, reviewBatchInput, reviewCreateInput } from './schema';
