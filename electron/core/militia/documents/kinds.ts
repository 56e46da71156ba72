/** The militia documents `documents.generate` builds (wired into ../../documents/generate-schema.ts). */
export const militiaDocumentKinds = ['militia.roster', 'militia.termEnding'] as const;
export type MilitiaDocumentKind = (typeof militiaDocumentKinds)[number];
