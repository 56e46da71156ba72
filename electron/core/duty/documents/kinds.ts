/** The readiness duty documents `documents.generate` builds (wired into ../../documents/generate-schema.ts). */
export const dutyDocumentKinds = ['duty.monthRoster'] as const;
export type DutyDocumentKind = (typeof dutyDocumentKinds)[number];
