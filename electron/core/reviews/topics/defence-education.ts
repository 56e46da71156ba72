import type { ReviewTopic } from './types';

/** Placeholder until the feature's figures exist: no groups, no paragraph. */
export const defenceEducationTopic: ReviewTopic = {
  section: 'defenceEducation',
  groupKeys: ['defenceEducation'],
  figures: () => [],
  draft: () => '',
};
