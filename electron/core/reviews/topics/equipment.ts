import type { ReviewTopic } from './types';

/** Placeholder until the feature's figures exist: no groups, no paragraph. */
export const equipmentTopic: ReviewTopic = {
  section: 'logistics',
  groupKeys: ['equipment'],
  figures: () => [],
  draft: () => '',
};
