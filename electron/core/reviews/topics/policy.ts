import type { ReviewTopic } from './types';

/** Placeholder until the feature's figures exist: no groups, no paragraph. */
export const policyTopic: ReviewTopic = {
  section: 'policy',
  groupKeys: ['policy'],
  figures: () => [],
  draft: () => '',
};
