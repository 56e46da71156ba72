import type { Paragraph } from 'docx';
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { nameInText } from '../docs/name-in-text';
import { signatureFromSigner } from '../docs/official-closing';
import { packDocx } from '../docs/official-format';
import { takeNextNumber } from '../documents/counters';
import type { BuiltDocument, GenerateInput, SnapshotValue } from '../documents/generate-schema';
import { courseFields, drillsSnapshot, exerciseFields } from '../documents/templates/vocabulary/drills';
import { buildForcesDocument } from '../forces-documents/document';
import type { ForcesDocumentContext } from '../forces-documents/generate';
import type { ForcesContent } from '../forces-documents/table';
import { forcesXlsx } from '../forces-documents/xlsx';
import { format, vi } from '../messages/vi';
import { type IsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import {
  courseParticipants,
  exerciseAttachments,
  exerciseUnits,
  findCourse,
  findExercise,
  shiftsStarting,
} from './data';
import { dutyRosterContent } from './duty-roster';
import { exercisePlanContent, exerciseResultContent } from './exercise-documents';
import type { DrillsDocumentKind } from './kinds';
import { drillsText } from './text';
import { trainingReportContent } from './training-report';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What one drills document prints, read in one transaction. */
interface Prepared {
  content: ForcesContent;
  /** The line under "KẾ HOẠCH" / "BÁO CÁO" (none for the roster, whose title says it all). */
  subject?: string;
  before?: Paragraph[];
  after?: Paragraph[];
  typeCode: string;
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
        typeCode: report ? drillsText.reportTypeCode : drillsText.planTypeCode,
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
        typeCode: drillsText.reportTypeCode,
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
        typeCode: drillsText.rosterTypeCode,
        orientation: 'landscape',
        xlsx: true,
        count: people,
        fileValues: { year, month: String(month).padStart(2, '0') },
        fields: { thang: month, nam: year },
      };
    }
  }
}

/**
 * Builds one drills document — the exercise plan or result report, the training result report, the
 * month's readiness duty roster — as .docx in the Decree 30 format (or, for the two tables, .xlsx).
 * The records are read in one transaction; a .docx takes the next number of the year for its type
 * ("KH" plan, "BC" reports, "LT" roster) unless one was given.
 */
export async function generateDrillsDocument(
  ctx: ApiContext,
  kind: DrillsDocumentKind,
  input: GenerateInput,
  { office, signer, date }: ForcesDocumentContext,
): Promise<BuiltDocument> {
  const officeInText = nameInText(office.name);
  const prepared = inTransaction(ctx, () => prepare(ctx, kind, input, officeInText));
  if (input.format === 'xlsx' && !prepared.xlsx) throw ApiError.fields({ format: vi.field.invalid });
  const year = Number(date.slice(0, 4));
  const number =
    input.format === 'docx'
      ? input.number === undefined
        ? inTransaction(ctx, () => takeNextNumber(ctx, year, prepared.typeCode))
        : input.number
      : null;

  let buffer: Buffer;
  if (input.format === 'xlsx') {
    // The sheet's title says what the table is: the report's subject rather than "BÁO CÁO".
    buffer = await forcesXlsx({ ...prepared.content, title: prepared.subject ?? prepared.content.title });
  } else {
    buffer = await packDocx(
      buildForcesDocument({
        ...prepared.content,
        subject: prepared.subject,
        orientation: prepared.orientation,
        office,
        number,
        typeCode: prepared.typeCode,
        date,
        signature: signatureFromSigner(signer),
        before: prepared.before,
        after: prepared.after,
      }),
    );
  }
  ctx.log.info('documents.generated', { kind, format: input.format, count: prepared.count });
  return {
    fileName: `${format(vi.documents.fileNames[kind], prepared.fileValues)}.${input.format}`,
    mimeType: input.format === 'xlsx' ? XLSX : DOCX,
    base64: buffer.toString('base64'),
    number,
    typeCode: input.format === 'docx' ? prepared.typeCode : null,
    count: prepared.count,
    snapshot: drillsSnapshot(kind, prepared.content, {
      trich_yeu: prepared.subject ?? '',
      tong_so: prepared.count,
      ...prepared.fields,
    }),
  };
}
