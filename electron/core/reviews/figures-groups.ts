import type { ApiContext } from '../kernel/context';
import { fill } from '../../../vocabulary/text';
import { dutyCoverage, dutyFigures } from '../duty';
import { exerciseRatings } from '../exercises';
import { exerciseFigures } from '../exercises';
import { vi } from '../messages/vi';
import { militiaSummary } from '../militia';
import { reservesSummary } from '../reserves';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { trainingFigures } from '../training';
import { countFigure, rangeValues, rateFigure, ratioFigure } from './format';
import type { ReviewFigure, ReviewFigureGroup } from './public-types';

/** The app's screens that hold the records behind each group (renderer routes). */
export const reviewLinks = {
  exercises: '#/dien-tap-huan-luyen/dien-tap',
  training: '#/dien-tap-huan-luyen/huan-luyen',
  duty: '#/dien-tap-huan-luyen/truc-sscd',
  militia: '#/dan-quan-tu-ve/tong-hop',
  militiaList: '#/dan-quan-tu-ve/danh-sach',
  reserves: '#/quan-nhan-du-bi/tong-hop',
  reservesList: '#/quan-nhan-du-bi/danh-sach',
  people: '#/cong-dan',
  campaign: (id: string, tab: 'tong-quan' | 'cong-dan' | 'giao-nhan') =>
    `#/tuyen-quan/${encodeURIComponent(id)}/${tab}`,
};

type Range = { from: IsoDate; to: IsoDate };
const t = () => vi.reviews.figures;
const u = () => vi.reviews.units;

/** Exercises planned in the range: plan vs done, by type, by rating (exerciseFigures). */
export function exerciseGroup(ctx: ApiContext, range: Range): ReviewFigureGroup {
  const f = exerciseFigures(ctx, range);
  const values = rangeValues(range);
  const link = reviewLinks.exercises;
  const figures: ReviewFigure[] = [
    countFigure('exercises.planned', t().exercisesPlanned, f.planned, u().exercise, values, link),
    ratioFigure('exercises.done', t().exercisesDone, f.done, f.planned, u().exercise, values, link),
  ];
  if (f.cancelled > 0)
    figures.push(countFigure('exercises.cancelled', t().exercisesCancelled, f.cancelled, u().exercise, values, link));
  for (const type of f.byType.filter((ty) => ty.planned > 0 || ty.done > 0)) {
    const key = `exercises.type.${type.builtin ?? type.typeId}`;
    figures.push(
      ratioFigure(key, t().exercisesType, type.done, type.planned, u().exercise, { ...values, name: type.name }, link),
    );
  }
  for (const rating of exerciseRatings.filter((r) => f.byRating[r] > 0)) {
    const name = vi.exercises.ratings[rating];
    figures.push(
      countFigure(
        `exercises.rating.${rating}`,
        t().exercisesRating,
        f.byRating[rating],
        u().exercise,
        { ...values, rating: name },
        link,
      ),
    );
  }
  return { key: 'exercises', label: vi.reviews.groups.exercises, figures };
}

/** Training courses starting in the range (trainingFigures). */
export function trainingGroup(ctx: ApiContext, range: Range): ReviewFigureGroup {
  const f = trainingFigures(ctx, range);
  const values = {
    ...rangeValues(range),
    attended: f.attendedPersonDays,
    planned: f.plannedPersonDays,
    good: f.goodOrBetter,
    rated: f.rated,
  };
  const link = reviewLinks.training;
  return {
    key: 'training',
    label: vi.reviews.groups.training,
    figures: [
      countFigure('training.courses', t().trainingCourses, f.courses, u().course, values, link),
      countFigure('training.participants', t().trainingParticipants, f.participants, u().person, values, link),
      rateFigure('training.attendanceRate', t().trainingAttendance, f.attendanceRate, values, link),
      rateFigure('training.goodRate', t().trainingGood, f.goodOrBetterRate, values, link),
    ],
  };
}

/** Militia strength on the period's last day (militiaSummary). */
export function militiaGroup(ctx: ApiContext, asOf: IsoDate): ReviewFigureGroup {
  const s = militiaSummary(ctx, { asOf });
  const date = formatDisplayDate(asOf);
  const values = { date, year: s.populationYear, party: s.totals.partyMembers, members: s.totals.members };
  return {
    key: 'militia',
    label: fill(vi.reviews.groups.militia, { date }),
    figures: [
      countFigure('militia.members', t().militiaMembers, s.totals.members, u().person, values, reviewLinks.militiaList),
      rateFigure('militia.share', t().militiaShare, s.totals.share, values, reviewLinks.militia),
      rateFigure('militia.partyShare', t().militiaParty, s.totals.partyShare, values, reviewLinks.militia),
    ],
  };
}

/** Reservists on the period's last day (reservesSummary). */
export function reservesGroup(ctx: ApiContext, asOf: IsoDate): ReviewFigureGroup {
  const s = reservesSummary(ctx, { asOf }).totals;
  const date = formatDisplayDate(asOf);
  const values = {
    date,
    officers: s.officers,
    soldiers: s.soldiers,
    assigned: s.assigned,
    total: s.reservists,
    matched: s.specialtyMatched,
  };
  const link = reviewLinks.reserves;
  return {
    key: 'reserves',
    label: fill(vi.reviews.groups.reserves, { date }),
    figures: [
      countFigure('reserves.total', t().reservesTotal, s.reservists, u().person, values, reviewLinks.reservesList),
      countFigure('reserves.grade1', t().reservesGrade, s.grade1, u().person, { ...values, grade: 1 }, link),
      countFigure('reserves.grade2', t().reservesGrade, s.grade2, u().person, { ...values, grade: 2 }, link),
      rateFigure('reserves.assignmentRate', t().reservesAssignment, s.assignmentRate, values, link),
      rateFigure('reserves.specialtyMatchRate', t().reservesMatch, s.specialtyMatchRate, values, link),
    ],
  };
}

/** Readiness duty and patrols in the range (dutyFigures). */
export function dutyGroup(ctx: ApiContext, range: Range): ReviewFigureGroup {
  const f = dutyFigures(ctx, range);
  const coverage = dutyCoverage(ctx, range);
  const values = rangeValues(range);
  const link = reviewLinks.duty;
  const gaps =
    coverage.gaps.length > 0 ? fill(t().dutyGaps, { list: gapList(coverage.gaps, coverage.gaps.length) }) : '';
  return {
    key: 'duty',
    label: vi.reviews.groups.duty,
    dutyGaps: coverage.gaps,
    figures: [
      ratioFigure('duty.days', t().dutyDays, coverage.covered, coverage.days, u().day, { ...values, gaps }, link),
      countFigure('duty.shifts', t().dutyShifts, f.shifts, u().shift, values, link),
      countFigure('duty.incidents', t().dutyIncidents, f.incidents, u().case, values, link),
      countFigure('duty.patrols', t().dutyPatrols, f.patrols, u().patrol, values, link),
      countFigure('duty.patrolPersonnel', t().dutyPatrolPersonnel, f.patrolPersonnel, u().person, values, link),
    ],
  };
}

/** "02/01–05/01/2023, 10/03/2023": runs of days compactly (the year once when both ends share it). */
export function gapList(gaps: ReadonlyArray<{ from: IsoDate; to: IsoDate }>, limit: number): string {
  return gaps
    .slice(0, limit)
    .map(({ from, to }) => {
      if (from === to) return formatDisplayDate(from);
      const start = formatDisplayDate(from);
      const end = formatDisplayDate(to);
      return from.slice(0, 4) === to.slice(0, 4) ? `${start.slice(0, 5)}–${end}` : `${start}–${end}`;
    })
    .join(', ');
}
