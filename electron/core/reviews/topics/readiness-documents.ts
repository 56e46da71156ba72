import type { ReviewTopic } from './types';

/** Placeholder until the feature's figures exist: no groups, no paragraph. */
export const readinessDocumentsTopic: ReviewTopic = {
  section: 'readiness',
  groupKeys: ['readinessDocuments'],
  figures: () => [],
  draft: () => '',
};
