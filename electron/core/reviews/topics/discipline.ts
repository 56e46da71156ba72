import type { ReviewTopic } from './types';

/** Placeholder until the feature's figures exist: no groups, no paragraph. */
export const disciplineTopic: ReviewTopic = {
  section: 'discipline',
  groupKeys: ['discipline'],
  figures: () => [],
  draft: () => '',
};
