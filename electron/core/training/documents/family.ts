import { ApiError } from '../../kernel/errors';
import { nameInText } from '../../docs/name-in-text';
import type { DocumentFamily } from '../../documents/family';
import { preparedTableDocument } from '../../documents/table-family';
import { format, vi } from '../../messages/vi';
import { courseParticipants, findCourse } from './data';
import { trainingDocumentKinds, type TrainingDocumentKind } from './kinds';
import { trainingReportContent } from './result-report';
import { trainingText } from './text';
import { courseFields, trainingSnapshot, trainingVocabulary } from './vocabulary';

/**
 * The training documents: the course's result report (BÁO CÁO kết quả huấn luyện), one row per
 * participant, also as .xlsx.
 */
export const trainingDocuments: DocumentFamily<TrainingDocumentKind> = {
  kinds: trainingDocumentKinds,
  typeCode: () => trainingText.reportTypeCode,
  vocabulary: trainingVocabulary,
  prepare(ctx, kind, request) {
    const { input } = request;
    if (!input.courseId) throw ApiError.fields({ courseId: vi.field.required });
    const course = findCourse(ctx.db, input.courseId);
    if (!course) throw ApiError.fields({ courseId: vi.errors.NOT_FOUND });
    const participants = courseParticipants(ctx.db, course.id);
    if (participants.length === 0) throw new ApiError('DOCUMENT_EMPTY', vi.errors.DOCUMENT_EMPTY);
    const built = trainingReportContent({ course, participants, officeInText: nameInText(request.office.name) });
    const count = built.totals.participants;
    return preparedTableDocument(request, {
      content: built.content,
      count,
      // An empty course is refused while reading.
      empty: false,
      title: format(vi.documents.fileNames[kind], { year: Number(course.startsOn.slice(0, 4)) }),
      typeCode: trainingText.reportTypeCode,
      orientation: 'portrait',
      recipients: trainingText,
      snapshot: trainingSnapshot(built.content, {
        trich_yeu: built.subject,
        tong_so: count,
        ...courseFields(course, built.totals),
      }),
      heading: { subject: built.subject },
      before: built.before,
      after: built.after,
      // The sheet's title says what the table is: the report's subject rather than "BÁO CÁO".
      xlsx: { title: built.subject },
    });
  },
};
