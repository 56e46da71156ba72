/** The drills documents `documents.generate` builds (wired into ../documents/generate-schema.ts). */
export const drillsDocumentKinds = [
  'exercises.plan',
  'exercises.resultReport',
  'training.resultReport',
  'duty.monthRoster',
] as const;
export type DrillsDocumentKind = (typeof drillsDocumentKinds)[number];

export function isDrillsDocumentKind(kind: string): kind is DrillsDocumentKind {
  return (drillsDocumentKinds as readonly string[]).includes(kind);
}
