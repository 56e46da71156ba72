/** The training documents `documents.generate` builds (wired into ../../documents/generate-schema.ts). */
export const trainingDocumentKinds = ['training.resultReport'] as const;
export type TrainingDocumentKind = (typeof trainingDocumentKinds)[number];
