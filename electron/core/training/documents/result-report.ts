import type { Paragraph } from 'docx';
import { fill } from '../../../../vocabulary/text';
import { bodyParagraph, headingParagraph } from '../../docs/official-blocks';
import type { TableContent, ContentRow } from '../../docs/table-content';
import { vi } from '../../messages/vi';
import type { CourseRow, ParticipantRow } from './data';
import { orBlank, periodText, ratePercent, rateText, withoutLeading } from '../../docs/text-helpers';
import { trainingColumns, trainingText } from './text';
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
  const target: string = vi.training.documentTargets[course.target];
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
      r.result ? trainingText.trainingResults[r.result] : '',
    ],
  }));
  rows.push({
    kind: 'total',
    cells: [
      '',
      fill(trainingText.totalRow, { count: totals.participants }),
      '',
      `${totals.attendedDays}/${totals.plannedDays}`,
      totals.attendanceRate,
      fill(trainingText.goodOrBetter, { count: totals.goodOrBetter }),
    ],
  });
  const title = withoutLeading(course.title, 'huấn luyện');
  const p = (text: string) => bodyParagraph(text);
  const before = [
    p(fill(trainingText.trainingOpening, { office: officeInText, title })),
    headingParagraph(trainingText.courseHeading),
    p(fill(trainingText.courseTarget, { value: targetText(course) })),
    p(fill(trainingText.courseTime, { value: periodText(course.startsOn, course.endsOn)!, days: course.plannedDays })),
    p(fill(trainingText.coursePlace, { value: orBlank(course.place) })),
    headingParagraph(trainingText.participantsHeading),
    bodyParagraph(
      fill(trainingText.participantsLine, {
        count: totals.participants,
        rate: rateText(totals.attendanceRate),
        good: totals.goodOrBetter,
        goodRate: rateText(totals.goodOrBetterRate),
      }),
      { keepNext: true },
    ),
  ];
  const after = [
    bodyParagraph(fill(trainingText.trainingClosing, { title, office: officeInText }), { keepNext: true }),
  ];
  return {
    content: {
      title: trainingText.reportTitle,
      notes: [],
      sheetName: trainingText.trainingSheet,
      table: {
        columns: [
          { header: trainingColumns.index, weight: 12, align: 'center' },
          { header: trainingColumns.name, weight: 44 },
          { header: trainingColumns.unit, weight: 37 },
          { header: trainingColumns.days, weight: 24, align: 'center' },
          { header: trainingColumns.rate, weight: 18, align: 'center' },
          { header: trainingColumns.result, weight: 30, align: 'center' },
        ],
        rows,
      },
    },
    subject: fill(trainingText.trainingSubject, { title }),
    before,
    after,
    totals,
  };
}
