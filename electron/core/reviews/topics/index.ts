import { defenceEducationTopic } from './defence-education';
import { disciplineTopic } from './discipline';
import { equipmentTopic } from './equipment';
import { policyTopic } from './policy';
import { politicalEducationTopic } from './political-education';
import { readinessDocumentsTopic } from './readiness-documents';
import type { ReviewTopic } from './types';

/** The topics other features supply to the review report, in the report's order of their groups. */
export const reviewTopics: readonly ReviewTopic[] = [
  readinessDocumentsTopic,
  defenceEducationTopic,
  politicalEducationTopic,
  policyTopic,
  equipmentTopic,
  disciplineTopic,
];

export type { ReviewTopic } from './types';
