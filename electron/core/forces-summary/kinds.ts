/** The strength summary `documents.generate` builds (wired into ../documents/generate-schema.ts). */
export const forcesSummaryDocumentKinds = ['forces.strengthSummary'] as const;
export type ForcesSummaryDocumentKind = (typeof forcesSummaryDocumentKinds)[number];
