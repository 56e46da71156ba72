/** The exercise documents `documents.generate` builds (wired into ../../documents/generate-schema.ts). */
export const exerciseDocumentKinds = ['exercises.plan', 'exercises.resultReport'] as const;
export type ExerciseDocumentKind = (typeof exerciseDocumentKinds)[number];
