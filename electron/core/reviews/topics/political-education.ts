import type { ReviewTopic } from './types';

/** Placeholder until the feature's figures exist: no groups, no paragraph. */
export const politicalEducationTopic: ReviewTopic = {
  section: 'politicalEducation',
  groupKeys: ['politicalEducation'],
  figures: () => [],
  draft: () => '',
};
