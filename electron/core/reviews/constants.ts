import type { ReviewPeriodKind, ReviewSectionKey } from './public-types';

export const reviewPeriodKinds = ['h1', 'h2', 'year', 'custom'] as const satisfies readonly ReviewPeriodKind[];

/** The narrative sections in the report's order. */
export const reviewSectionKeys = [
  'situation',
  'leadership',
  'defenceZone',
  'readiness',
  'forceBuilding',
  'conscription',
  'training',
  'defenceEducation',
  'politicalEducation',
  'policy',
  'logistics',
  'discipline',
  'assessment',
  'tasks',
  'proposals',
] as const satisfies readonly ReviewSectionKey[];

/** The most characters one section's text may hold. */
export const reviewSectionMaxLength = 20_000;
