/** The forces documents `documents.generate` builds (wired into ../documents/generate-schema.ts). */
export const forcesDocumentKinds = [
  'militia.roster',
  'militia.termEnding',
  'reserves.roster',
  'reserves.assignmentList',
  'forces.strengthSummary',
] as const;
export type ForcesDocumentKind = (typeof forcesDocumentKinds)[number];

export function isForcesDocumentKind(kind: string): kind is ForcesDocumentKind {
  return (forcesDocumentKinds as readonly string[]).includes(kind);
}
