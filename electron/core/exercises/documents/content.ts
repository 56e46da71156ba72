import type { Paragraph } from 'docx';
import { fill } from '../../../../vocabulary/text';
import { bodyParagraph, headingParagraph } from '../../docs/official-blocks';
import { formatDisplayDate } from '../../shared/dates';
import type { TableContent, ContentRow, ContentTable } from '../../docs/table-content';
import type { AttachmentRow, ExerciseRow, ExerciseUnitRow } from './data';
import { helperText, orBlank, periodText, sentence, withoutLeading } from '../../docs/text-helpers';
import { vi } from '../../messages/vi';
import { exerciseColumns, exerciseText } from './text';

/** What the exercise plan and result report print: the table of forces and the text around it. */
export interface ExerciseDocumentContent {
  content: TableContent;
  subject: string;
  before: Paragraph[];
  after: Paragraph[];
  /** People taking part (planned or actual), all kinds together. */
  count: number;
}

export interface ExerciseDocumentInput {
  exercise: ExerciseRow;
  units: readonly ExerciseUnitRow[];
  /** The office as it reads in a sentence ("Ban CHQS xã …"). */
  officeInText: string;
}

function forcesTable(exercise: ExerciseRow): { table: ContentTable; total: number } {
  const kinds = [
    [exerciseText.forceKinds.militia, exercise.militiaCount],
    [exerciseText.forceKinds.reservist, exercise.reservistCount],
    [exerciseText.forceKinds.police, exercise.policeCount],
    [exerciseText.forceKinds.other, exercise.otherCount],
  ] as const;
  const total = kinds.reduce((sum, [, count]) => sum + count, 0);
  const rows: ContentRow[] = kinds.map(([label, count], i) => ({ kind: 'cells', cells: [i + 1, label, count] }));
  rows.push({ kind: 'total', cells: ['', exerciseText.total, total] });
  return {
    total,
    table: {
      columns: [
        { header: exerciseColumns.index, weight: 15, align: 'center' },
        { header: exerciseColumns.force, weight: 100 },
        { header: exerciseColumns.count, weight: 40, align: 'center' },
      ],
      rows,
    },
  };
}

function unitsText(units: readonly ExerciseUnitRow[]): string {
  if (units.length === 0) return exerciseText.noUnits;
  return units.map((u) => `${u.name} (${exerciseText.unitKinds[u.kind]})`).join('; ');
}

function peopleText(count: number): string {
  return fill(exerciseText.people, { count });
}

/**
 * The plan or the report: its own title over the forces table, the subject naming the exercise,
 * and the closing sentence after the paragraphs that follow the table.
 */
function aroundForces(
  words: { title: string; subject: string; closing: string },
  exercise: { title: string; officeInText: string },
  forces: { table: ContentTable; total: number },
  before: Paragraph[],
  after: Paragraph[],
): ExerciseDocumentContent {
  const closing = fill(words.closing, { title: exercise.title, office: exercise.officeInText });
  return {
    content: { title: words.title, notes: [], table: forces.table, sheetName: exerciseText.forcesSheet },
    subject: fill(words.subject, { title: exercise.title }),
    before,
    after: [...after, bodyParagraph(closing, { keepNext: true })],
    count: forces.total,
  };
}

/**
 * KẾ HOẠCH diễn tập …: the skeleton an officer completes, filled from the record — purpose, the
 * content (type, level, time, place, lead body, directing officer, forces by kind and the units,
 * the scenario) and the organisation, with dotted lines wherever the record has nothing.
 */
export function exercisePlanContent({ exercise, units, officeInText }: ExerciseDocumentInput): ExerciseDocumentContent {
  const { table, total } = forcesTable(exercise);
  const title = withoutLeading(exercise.title, 'diễn tập');
  const year = Number(exercise.plannedOn.slice(0, 4));
  const p = (text: string) => bodyParagraph(text);
  const before = [
    p(fill(exerciseText.planOpening, { year, office: officeInText, title })),
    headingParagraph(exerciseText.planPurposeHeading),
    p(exerciseText.planPurpose1),
    p(exerciseText.planPurpose2),
    headingParagraph(exerciseText.planContentHeading),
    p(fill(exerciseText.type, { value: exercise.typeName })),
    p(fill(exerciseText.level, { value: exerciseText.levels[exercise.level] })),
    p(fill(exerciseText.title, { value: exercise.title.trim() })),
    p(fill(exerciseText.plannedTime, { value: periodText(exercise.plannedOn, exercise.plannedUntil)! })),
    p(fill(exerciseText.place, { value: orBlank(exercise.localityName) })),
    p(fill(exerciseText.leadBody, { value: orBlank(exercise.leadBody) })),
    p(fill(exerciseText.directingOfficer, { value: orBlank(exercise.directingOfficer) })),
    bodyParagraph(fill(exerciseText.plannedForces, { total: peopleText(total) }), { keepNext: true }),
  ];
  const after = [
    p(fill(exerciseText.units, { value: unitsText(units) })),
    p(
      fill(exerciseText.scenario, { value: exercise.scenario.trim() ? sentence(exercise.scenario) : helperText.blank }),
    ),
    headingParagraph(exerciseText.planOrganisationHeading),
    p(fill(exerciseText.planOrganisation1, { value: helperText.blank })),
    p(fill(exerciseText.planOrganisation2, { value: helperText.blank })),
    p(fill(exerciseText.planOrganisation3, { value: helperText.blank })),
    p(fill(exerciseText.planOrganisation4, { value: helperText.blank })),
  ];
  const words = {
    title: exerciseText.planTitle,
    subject: exerciseText.exerciseSubject,
    closing: exerciseText.planClosing,
  };
  return aroundForces(words, { title, officeInText }, { table, total }, before, after);
}

function attachmentLine(a: AttachmentRow): string {
  return fill(exerciseText.attachment, {
    number: a.documentNumber.trim(),
    date: a.documentDate ? fill(exerciseText.attachmentDate, { date: formatDisplayDate(a.documentDate) }) : '',
    summary: a.summary.trim() ? ` – ${a.summary.trim().replace(/[.;]$/, '')}` : '',
  });
}

/**
 * BÁO CÁO Kết quả diễn tập …: the actual dates, place, the forces that took part by kind with their
 * total, the units, the rating in words, the lessons and the numbers of the documents attached.
 */
export function exerciseResultContent(
  input: ExerciseDocumentInput & { attachments: readonly AttachmentRow[] },
): ExerciseDocumentContent {
  const { exercise, units, officeInText, attachments } = input;
  const { table, total } = forcesTable(exercise);
  const title = withoutLeading(exercise.title, 'diễn tập');
  const year = Number((exercise.startedOn ?? exercise.plannedOn).slice(0, 4));
  const p = (text: string) => bodyParagraph(text);
  const before = [
    p(fill(exerciseText.reportOpening, { year, office: officeInText, title })),
    headingParagraph(exerciseText.reportTimeHeading),
    p(fill(exerciseText.actualTime, { value: periodText(exercise.startedOn, exercise.endedOn) ?? helperText.blank })),
    p(fill(exerciseText.actualPlace, { value: orBlank(exercise.localityName) })),
    bodyParagraph(fill(exerciseText.actualForces, { total: peopleText(total) }), { keepNext: true }),
  ];
  const after = [
    p(fill(exerciseText.actualUnits, { value: unitsText(units) })),
    headingParagraph(exerciseText.reportResultHeading),
    p(
      fill(exerciseText.rating, {
        value: exercise.rating ? vi.exercises.ratings[exercise.rating] : exerciseText.notRated,
      }),
    ),
    p(fill(exerciseText.lessons, { value: exercise.lessons.trim() ? sentence(exercise.lessons) : helperText.blank })),
    headingParagraph(exerciseText.attachmentsHeading),
    ...(attachments.length === 0 ? [p(exerciseText.noAttachments)] : attachments.map((a) => p(attachmentLine(a)))),
  ];
  const words = {
    title: exerciseText.reportTitle,
    subject: exerciseText.exerciseResultSubject,
    closing: exerciseText.reportClosing,
  };
  return aroundForces(words, { title, officeInText }, { table, total }, before, after);
}
