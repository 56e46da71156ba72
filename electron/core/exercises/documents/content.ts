import type { Paragraph } from 'docx';
import { fill } from '../../shared/text-template';
import { bodyParagraph, headingParagraph } from '../../docs/official-blocks';
import { formatDisplayDate } from '../../shared/dates';
import type { TableContent, ContentRow, ContentTable } from '../../docs/table-content';
import type { AttachmentRow, ExerciseRow, ExerciseUnitRow } from './data';
import { orBlank, periodText, sentence, withoutLeading } from '../../docs/text-helpers';
import { drillsColumns, drillsText } from './text';

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
    [drillsText.forceKinds.militia, exercise.militiaCount],
    [drillsText.forceKinds.reservist, exercise.reservistCount],
    [drillsText.forceKinds.police, exercise.policeCount],
    [drillsText.forceKinds.other, exercise.otherCount],
  ] as const;
  const total = kinds.reduce((sum, [, count]) => sum + count, 0);
  const rows: ContentRow[] = kinds.map(([label, count], i) => ({ kind: 'cells', cells: [i + 1, label, count] }));
  rows.push({ kind: 'total', cells: ['', drillsText.total, total] });
  return {
    total,
    table: {
      columns: [
        { header: drillsColumns.index, weight: 15, align: 'center' },
        { header: drillsColumns.force, weight: 100 },
        { header: drillsColumns.count, weight: 40, align: 'center' },
      ],
      rows,
    },
  };
}

function unitsText(units: readonly ExerciseUnitRow[]): string {
  if (units.length === 0) return drillsText.noUnits;
  return units.map((u) => `${u.name} (${drillsText.unitKinds[u.kind]})`).join('; ');
}

function peopleText(count: number): string {
  return fill(drillsText.people, { count });
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
    p(fill(drillsText.planOpening, { year, office: officeInText, title })),
    headingParagraph(drillsText.planPurposeHeading),
    p(drillsText.planPurpose1),
    p(drillsText.planPurpose2),
    headingParagraph(drillsText.planContentHeading),
    p(fill(drillsText.type, { value: exercise.typeName })),
    p(fill(drillsText.level, { value: drillsText.levels[exercise.level] })),
    p(fill(drillsText.title, { value: exercise.title.trim() })),
    p(fill(drillsText.plannedTime, { value: periodText(exercise.plannedOn, exercise.plannedUntil)! })),
    p(fill(drillsText.place, { value: orBlank(exercise.localityName) })),
    p(fill(drillsText.leadBody, { value: orBlank(exercise.leadBody) })),
    p(fill(drillsText.directingOfficer, { value: orBlank(exercise.directingOfficer) })),
    bodyParagraph(fill(drillsText.plannedForces, { total: peopleText(total) }), { keepNext: true }),
  ];
  const after = [
    p(fill(drillsText.units, { value: unitsText(units) })),
    p(fill(drillsText.scenario, { value: exercise.scenario.trim() ? sentence(exercise.scenario) : drillsText.blank })),
    headingParagraph(drillsText.planOrganisationHeading),
    p(fill(drillsText.planOrganisation1, { value: drillsText.blank })),
    p(fill(drillsText.planOrganisation2, { value: drillsText.blank })),
    p(fill(drillsText.planOrganisation3, { value: drillsText.blank })),
    p(fill(drillsText.planOrganisation4, { value: drillsText.blank })),
    bodyParagraph(fill(drillsText.planClosing, { title, office: officeInText }), { keepNext: true }),
  ];
  return {
    content: { title: drillsText.planTitle, notes: [], table, sheetName: drillsText.forcesSheet },
    subject: fill(drillsText.exerciseSubject, { title }),
    before,
    after,
    count: total,
  };
}

function attachmentLine(a: AttachmentRow): string {
  return fill(drillsText.attachment, {
    number: a.documentNumber.trim(),
    date: a.documentDate ? fill(drillsText.attachmentDate, { date: formatDisplayDate(a.documentDate) }) : '',
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
    p(fill(drillsText.reportOpening, { year, office: officeInText, title })),
    headingParagraph(drillsText.reportTimeHeading),
    p(fill(drillsText.actualTime, { value: periodText(exercise.startedOn, exercise.endedOn) ?? drillsText.blank })),
    p(fill(drillsText.actualPlace, { value: orBlank(exercise.localityName) })),
    bodyParagraph(fill(drillsText.actualForces, { total: peopleText(total) }), { keepNext: true }),
  ];
  const after = [
    p(fill(drillsText.actualUnits, { value: unitsText(units) })),
    headingParagraph(drillsText.reportResultHeading),
    p(
      fill(drillsText.rating, {
        value: exercise.rating ? drillsText.ratings[exercise.rating] : drillsText.notRated,
      }),
    ),
    p(fill(drillsText.lessons, { value: exercise.lessons.trim() ? sentence(exercise.lessons) : drillsText.blank })),
    headingParagraph(drillsText.attachmentsHeading),
    ...(attachments.length === 0 ? [p(drillsText.noAttachments)] : attachments.map((a) => p(attachmentLine(a)))),
    bodyParagraph(fill(drillsText.reportClosing, { title, office: officeInText }), { keepNext: true }),
  ];
  return {
    content: { title: drillsText.reportTitle, notes: [], table, sheetName: drillsText.forcesSheet },
    subject: fill(drillsText.exerciseResultSubject, { title }),
    before,
    after,
    count: total,
  };
}
