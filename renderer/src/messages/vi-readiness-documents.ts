/** This feature's words (reachable as `vi.readinessDocuments`; part of the one catalogue in ./vi.ts). */
export const readinessDocumentsText = {} as const;
