import type { Paragraph } from 'docx';
import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { nameInText } from '../../docs/name-in-text';
import type { DocumentFamily } from '../../documents/family';
import { preparedTableDocument } from '../../documents/table-family';
import type { GenerateInput, SnapshotValue } from '../../documents/generate-schema';
import { courseFields, drillsSnapshot, drillsVocabulary, exerciseFields } from './vocabulary';
import type { TableContent } from '../../docs/table-content';
import { format, vi } from '../../messages/vi';
import { type IsoDate } from '../../shared/dates';
import {
  courseParticipants,
  exerciseAttachments,
  exerciseUnits,
  findCourse,
  findExercise,
  shiftsStarting,
} from './data';
import { dutyRosterContent } from '../../duty/documents/month-roster';
import { exercisePlanContent, exerciseResultContent } from './content';
import { drillsDocumentKinds, type DrillsDocumentKind } from './kinds';
import { drillsText } from './text';
import { forcesText } from '../../forces-documents/text';
import { trainingReportContent } from '../../training/documents/result-report';

/** What one drills document prints, read in one transaction. */
interface Prepared {
  content: TableContent;
  /** The line under "KẾ HOẠCH" / "BÁO CÁO" (none for the roster, whose title says it all). */
  subject?: string;
  before?: Paragraph[];
  after?: Paragraph[];
  orientation: 'portrait' | 'landscape';
  /** The .xlsx is offered for the tables that stand alone (the training results, the roster). */
  xlsx: boolean;
  /** People the document holds (forces taking part, participants, people on duty). */
  count: number;
  /** Values for the file name ("… {year}", "… tháng {month}-{year}"). */
  fileValues: Record<string, string | number>;
  /** The kind's own fields for an office template (documents/templates/vocabulary/drills.ts). */
  fields: Record<string, SnapshotValue>;
}

function prepare(ctx: ApiContext, kind: DrillsDocumentKind, input: GenerateInput, officeInText: string): Prepared {
  switch (kind) {
    case 'exercises.plan':
    case 'exercises.resultReport': {
      if (!input.exerciseId) throw ApiError.fields({ exerciseId: vi.field.required });
      const exercise = findExercise(ctx.db, input.exerciseId);
      if (!exercise) throw ApiError.fields({ exerciseId: vi.errors.NOT_FOUND });
      const units = exerciseUnits(ctx.db, exercise.id);
      const report = kind === 'exercises.resultReport';
      if (report && exercise.status !== 'done') throw ApiError.of('DOCUMENT_EXERCISE_NOT_DONE');
      const built = report
        ? exerciseResultContent({
            exercise,
            units,
            officeInText,
            attachments: exerciseAttachments(ctx.db, exercise.id),
          })
        : exercisePlanContent({ exercise, units, officeInText });
      return {
        ...built,
        orientation: 'portrait',
        xlsx: false,
        fileValues: {
          year: Number((report ? (exercise.startedOn ?? exercise.plannedOn) : exercise.plannedOn).slice(0, 4)),
        },
        fields: exerciseFields(exercise, units),
      };
    }
    case 'training.resultReport': {
      if (!input.courseId) throw ApiError.fields({ courseId: vi.field.required });
      const course = findCourse(ctx.db, input.courseId);
      if (!course) throw ApiError.fields({ courseId: vi.errors.NOT_FOUND });
      const participants = courseParticipants(ctx.db, course.id);
      if (participants.length === 0) throw new ApiError('DOCUMENT_EMPTY', vi.errors.DOCUMENT_EMPTY);
      const built = trainingReportContent({ course, participants, officeInText });
      return {
        ...built,
        orientation: 'portrait',
        xlsx: true,
        count: built.totals.participants,
        fileValues: { year: Number(course.startsOn.slice(0, 4)) },
        fields: courseFields(course, built.totals),
      };
    }
    case 'duty.monthRoster': {
      if (input.year === undefined) throw ApiError.fields({ year: vi.field.required });
      if (input.month === undefined) throw ApiError.fields({ month: vi.field.required });
      const { year, month } = input;
      const from: IsoDate = `${year}-${String(month).padStart(2, '0')}-01`;
      const to: IsoDate = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
      const shifts = shiftsStarting(ctx.db, from, to);
      if (shifts.length === 0) throw new ApiError('DOCUMENT_EMPTY', vi.errors.DOCUMENT_EMPTY);
      const { content, people } = dutyRosterContent({ year, month, shifts });
      return {
        content,
        orientation: 'landscape',
        xlsx: true,
        count: people,
        fileValues: { year, month: String(month).padStart(2, '0') },
        fields: { thang: month, nam: year },
      };
    }
  }
}

const TYPE_CODES: Record<DrillsDocumentKind, string> = {
  'exercises.plan': drillsText.planTypeCode,
  'exercises.resultReport': drillsText.reportTypeCode,
  'training.resultReport': drillsText.reportTypeCode,
  'duty.monthRoster': drillsText.rosterTypeCode,
};

/**
 * The drills documents: the exercise plan and result report, the training result report and the
 * month's readiness duty roster (the two tables also as .xlsx).
 */
export const drillsDocuments: DocumentFamily<DrillsDocumentKind> = {
  kinds: drillsDocumentKinds,
  typeCode: (kind) => TYPE_CODES[kind],
  vocabulary: drillsVocabulary,
  prepare(ctx, kind, request) {
    const prepared = prepare(ctx, kind, request.input, nameInText(request.office.name));
    return preparedTableDocument(request, {
      content: prepared.content,
      count: prepared.count,
      // An empty course or month is refused while reading; an exercise always has its plan.
      empty: false,
      title: format(vi.documents.fileNames[kind], prepared.fileValues),
      typeCode: TYPE_CODES[kind],
      orientation: prepared.orientation,
      // Sent where the forces' lists go: drillsText's own recipient lists are not printed (yet).
      recipients: forcesText,
      snapshot: drillsSnapshot(kind, prepared.content, {
        trich_yeu: prepared.subject ?? '',
        tong_so: prepared.count,
        ...prepared.fields,
      }),
      heading: { subject: prepared.subject },
      before: prepared.before,
      after: prepared.after,
      // The sheet's title says what the table is: the report's subject rather than "BÁO CÁO".
      xlsx: prepared.xlsx ? { title: prepared.subject ?? prepared.content.title } : false,
    });
  },
};
