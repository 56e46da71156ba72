/** The reservist documents `documents.generate` builds (wired into ../../documents/generate-schema.ts). */
export const reservesDocumentKinds = ['reserves.roster', 'reserves.assignmentList'] as const;
export type ReservesDocumentKind = (typeof reservesDocumentKinds)[number];
