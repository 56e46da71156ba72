import type { Paragraph } from 'docx';
import { fill } from '../../shared/text-template';
import { bodyParagraph, headingParagraph } from '../../docs/official-blocks';
import type { TableContent, ContentRow } from '../../docs/table-content';
import type { CourseRow, ParticipantRow } from '../../exercises/documents/data';
import { orBlank, periodText, ratePercent, rateText, withoutLeading } from '../../docs/text-helpers';
import { drillsColumns, drillsText } from '../../exercises/documents/text';
import { tallyFigures } from '../rules';

export interface TrainingTotals {
  participants: number;
  /** Attended and planned person-days of the participants whose attendance is recorded. */
  attendedDays: number;
  plannedDays: number;
  /** Attended over planned person-days, in per cent (2 decimals); null while nothing is recorded. */
  attendanceRate: number | null;
  /** Rated excellent (giỏi) or good (khá), and their share of the rated participants. */
  goodOrBetter: number;
  goodOrBetterRate: number | null;
}

/**
 * The course's figures by the training screen's own rule (`tallyFigures`): someone whose
 * attendance is not recorded yet is unknown, not absent; "good or better" is over the rated.
 */
export function trainingTotals(
  course: Pick<CourseRow, 'plannedDays'>,
  rows: readonly ParticipantRow[],
): TrainingTotals {
  const f = tallyFigures(rows.map((r) => ({ plannedDays: course.plannedDays, ...r })));
  return {
    participants: f.participants,
    attendedDays: f.attendedPersonDays,
    plannedDays: f.plannedPersonDays,
    attendanceRate: f.attendanceRate,
    goodOrBetter: f.goodOrBetter,
    goodOrBetterRate: f.goodOrBetterRate,
  };
}

export interface TrainingReportContent {
  content: TableContent;
  subject: string;
  before: Paragraph[];
  after: Paragraph[];
  totals: TrainingTotals;
}

function targetText(course: CourseRow): string {
  const target: string = drillsText.targets[course.target];
  return course.unitName ? `${target} – ${course.unitName}` : target;
}

/**
 * BÁO CÁO Kết quả huấn luyện …: the course's facts, then one row per participant in Vietnamese name
 * order (unit, days attended of the planned days, rate, result) and the totals: participants,
 * attendance rate and the share rated good or better. Rates print as the screen shows them
 * (at most 2 decimals, decimal comma: "87,5").
 */
export function trainingReportContent(input: {
  course: CourseRow;
  participants: readonly ParticipantRow[];
  officeInText: string;
}): TrainingReportContent {
  const { course, participants, officeInText } = input;
  const totals = trainingTotals(course, participants);
  const rows: ContentRow[] = participants.map((r, i) => ({
    kind: 'cells',
    cells: [
      i + 1,
      r.fullName,
      r.unitName ?? '',
      r.attendedDays === null ? '' : `${r.attendedDays}/${course.plannedDays}`,
      r.attendedDays === null ? null : ratePercent(r.attendedDays, course.plannedDays),
      r.result ? drillsText.trainingResults[r.result] : '',
    ],
  }));
  rows.push({
    kind: 'total',
    cells: [
      '',
      fill(drillsText.totalRow, { count: totals.participants }),
      '',
      `${totals.attendedDays}/${totals.plannedDays}`,
      totals.attendanceRate,
      fill(drillsText.goodOrBetter, { count: totals.goodOrBetter }),
    ],
  });
  const title = withoutLeading(course.title, 'huấn luyện');
  const p = (text: string) => bodyParagraph(text);
  const before = [
    p(fill(drillsText.trainingOpening, { office: officeInText, title })),
    headingParagraph(drillsText.courseHeading),
    p(fill(drillsText.courseTarget, { value: targetText(course) })),
    p(fill(drillsText.courseTime, { value: periodText(course.startsOn, course.endsOn)!, days: course.plannedDays })),
    p(fill(drillsText.coursePlace, { value: orBlank(course.place) })),
    headingParagraph(drillsText.participantsHeading),
    bodyParagraph(
      fill(drillsText.participantsLine, {
        count: totals.participants,
        rate: rateText(totals.attendanceRate),
        good: totals.goodOrBetter,
        goodRate: rateText(totals.goodOrBetterRate),
      }),
      { keepNext: true },
    ),
  ];
  const after = [bodyParagraph(fill(drillsText.trainingClosing, { title, office: officeInText }), { keepNext: true })];
  return {
    content: {
      title: drillsText.reportTitle,
      notes: [],
      sheetName: drillsText.trainingSheet,
      table: {
        columns: [
          { header: drillsColumns.index, weight: 12, align: 'center' },
          { header: drillsColumns.name, weight: 44 },
          { header: drillsColumns.unit, weight: 37 },
          { header: drillsColumns.days, weight: 24, align: 'center' },
          { header: drillsColumns.rate, weight: 18, align: 'center' },
          { header: drillsColumns.result, weight: 30, align: 'center' },
        ],
        rows,
      },
    },
    subject: fill(drillsText.trainingSubject, { title }),
    before,
    after,
    totals,
  };
}
