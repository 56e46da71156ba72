import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { nameInText } from '../../docs/name-in-text';
import type { DocumentFamily } from '../../documents/family';
import { preparedTableDocument } from '../../documents/table-family';
import type { GenerateInput } from '../../documents/generate-schema';
import { format, vi } from '../../messages/vi';
import { exerciseAttachments, exerciseUnits, findExercise } from './data';
import { exercisePlanContent, exerciseResultContent } from './content';
import { exerciseDocumentKinds, type ExerciseDocumentKind } from './kinds';
import { exerciseText } from './text';
import { exerciseFields, exerciseSnapshot, exerciseVocabulary } from './vocabulary';

const TYPE_CODES: Record<ExerciseDocumentKind, string> = {
  'exercises.plan': exerciseText.planTypeCode,
  'exercises.resultReport': exerciseText.reportTypeCode,
};

/** The exercise the input names; a result report only for an exercise done. */
function exerciseOf(ctx: ApiContext, kind: ExerciseDocumentKind, input: GenerateInput) {
  if (!input.exerciseId) throw ApiError.fields({ exerciseId: vi.field.required });
  const exercise = findExercise(ctx.db, input.exerciseId);
  if (!exercise) throw ApiError.fields({ exerciseId: vi.errors.NOT_FOUND });
  if (kind === 'exercises.resultReport' && exercise.status !== 'done') {
    throw ApiError.of('DOCUMENT_EXERCISE_NOT_DONE');
  }
  return exercise;
}

/**
 * The exercise documents: the plan (KẾ HOẠCH diễn tập) and the result report (BÁO CÁO kết quả
 * diễn tập), the forces table between their opening and closing paragraphs; no .xlsx.
 */
export const exerciseDocuments: DocumentFamily<ExerciseDocumentKind> = {
  kinds: exerciseDocumentKinds,
  typeCode: (kind) => TYPE_CODES[kind],
  vocabulary: exerciseVocabulary,
  prepare(ctx, kind, request) {
    const exercise = exerciseOf(ctx, kind, request.input);
    const units = exerciseUnits(ctx.db, exercise.id);
    const officeInText = nameInText(request.office.name);
    const report = kind === 'exercises.resultReport';
    const built = report
      ? exerciseResultContent({
          exercise,
          units,
          officeInText,
          attachments: exerciseAttachments(ctx.db, exercise.id),
        })
      : exercisePlanContent({ exercise, units, officeInText });
    const year = Number((report ? (exercise.startedOn ?? exercise.plannedOn) : exercise.plannedOn).slice(0, 4));
    return preparedTableDocument(request, {
      content: built.content,
      count: built.count,
      // An exercise always has its plan, even before any force is counted.
      empty: false,
      title: format(vi.documents.fileNames[kind], { year }),
      typeCode: TYPE_CODES[kind],
      orientation: 'portrait',
      recipients: exerciseText,
      snapshot: exerciseSnapshot(kind, built.content, {
        trich_yeu: built.subject,
        tong_so: built.count,
        ...exerciseFields(exercise, units),
      }),
      heading: { subject: built.subject },
      before: built.before,
      after: built.after,
      xlsx: false,
    });
  },
};
