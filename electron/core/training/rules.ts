import { format, vi } from '../messages/vi';
import { SPECIALIST_COMPONENTS, type MilitiaComponent } from '../militia';
import { daysBetween, formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import type { TrainingCourseFigures, TrainingResult, TrainingStatus, TrainingTarget } from './schema';

/** Art. 28(1)(a) Luật DQTV 48/2019: "năm thứ nhất là 15 ngày, trừ dân quân thường trực". */
export const FIRST_YEAR_DAYS = 15;
/** Art. 28(1)(b): later years — mobile, sea and specialist 12 days, on-the-spot 7; (c): standing militia 60, every year. */
export const LATER_YEAR_DAYS = { mobile: 12, sea: 12, specialist: 12, on_the_spot: 7, standing: 60 } as const;

/**
 * Art. 28(1) Luật DQTV: the default planned days of a militia course by target and
 * component. `component` is the course's component, or for a first-year course
 * the component of the militia unit it trains (if one is named): point (a)
 * excepts the standing militia from the 15 first-year days, and point (c) gives
 * it 60. Other targets (reserve units, staff, defence education) follow their
 * own plans, so they have no default and the office enters the days.
 */
export function defaultPlannedDays(target: TrainingTarget, component: MilitiaComponent | null): number | null {
  if (target === 'militia_first_year') return component === 'standing' ? LATER_YEAR_DAYS.standing : FIRST_YEAR_DAYS;
  if (target !== 'militia_component' || component === null) return null;
  if (SPECIALIST_COMPONENTS.includes(component)) return LATER_YEAR_DAYS.specialist;
  return LATER_YEAR_DAYS[component as Exclude<MilitiaComponent, (typeof SPECIALIST_COMPONENTS)[number]>];
}

/** What each target needs: a militia course by component names it; a reserve course names its unit. */
export function checkCourseTarget(v: {
  target: TrainingTarget;
  component: MilitiaComponent | null;
  militiaUnitId: string | null;
  reserveUnitId: string | null;
}): { field: string; result: RuleResult } | null {
  const t = vi.training;
  const militia = v.target === 'militia_first_year' || v.target === 'militia_component';
  if (v.target === 'militia_component' && v.component === null) {
    return { field: 'component', result: fail('RULE_TRAINING_TARGET', t.componentRequired) };
  }
  if (v.target !== 'militia_component' && v.component !== null) {
    return { field: 'component', result: fail('RULE_TRAINING_TARGET', t.componentNotForTarget) };
  }
  if (v.target === 'reserve_unit' && v.reserveUnitId === null) {
    return { field: 'reserveUnitId', result: fail('RULE_TRAINING_TARGET', t.reserveUnitRequired) };
  }
  if (v.target !== 'reserve_unit' && v.reserveUnitId !== null) {
    return { field: 'reserveUnitId', result: fail('RULE_TRAINING_TARGET', t.unitNotForTarget) };
  }
  if (!militia && v.militiaUnitId !== null) {
    return { field: 'militiaUnitId', result: fail('RULE_TRAINING_TARGET', t.militiaUnitNotForTarget) };
  }
  return null;
}

/** Calendar days from the first to the last day of a course, both included. */
export function courseSpanDays(startsOn: IsoDate, endsOn: IsoDate): number {
  return daysBetween(startsOn, endsOn) + 1;
}

/** The end is not before the start, and the planned days fit between them. */
export function checkCourseDates(startsOn: IsoDate, endsOn: IsoDate, plannedDays: number): RuleResult {
  if (endsOn < startsOn) return fail('RULE_TRAINING_DATES', vi.training.endBeforeStart);
  const span = courseSpanDays(startsOn, endsOn);
  if (plannedDays > span) {
    return fail(
      'RULE_TRAINING_DATES',
      format(vi.training.plannedDaysOverSpan, {
        plannedDays,
        span,
        startsOn: formatDisplayDate(startsOn),
        endsOn: formatDisplayDate(endsOn),
      }),
    );
  }
  return PASS;
}

/** A total entered by hand cannot exceed the course's planned days. */
export function checkAttendedDays(days: number, plannedDays: number): RuleResult {
  if (days > plannedDays) {
    return fail('RULE_TRAINING_ATTENDANCE', format(vi.training.attendedOverPlanned, { days, plannedDays }));
  }
  return PASS;
}

/** A per-day mark lies within the course's dates, both ends included. */
export function checkDayInCourse(onDate: IsoDate, startsOn: IsoDate, endsOn: IsoDate): RuleResult {
  if (onDate < startsOn || onDate > endsOn) {
    return fail(
      'RULE_TRAINING_ATTENDANCE',
      format(vi.training.dayOutsideCourse, {
        date: formatDisplayDate(onDate),
        startsOn: formatDisplayDate(startsOn),
        endsOn: formatDisplayDate(endsOn),
      }),
    );
  }
  return PASS;
}

/** Days marked present cannot exceed the planned days (a course may span weekends it does not train on). */
export function checkPresentDays(presentDays: number, plannedDays: number): RuleResult {
  if (presentDays > plannedDays) {
    return fail('RULE_TRAINING_ATTENDANCE', format(vi.training.presentOverPlanned, { days: presentDays, plannedDays }));
  }
  return PASS;
}

const TRANSITIONS: Record<TrainingStatus, readonly TrainingStatus[]> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['done', 'cancelled', 'planned'],
  // Reopening corrects a course closed too early; a cancelled course can be planned again.
  done: ['in_progress'],
  cancelled: ['planned'],
};

export function canTransition(from: TrainingStatus, to: TrainingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A course runs planned → in progress → done; it can be cancelled before it is done. */
export function checkTransition(from: TrainingStatus, to: TrainingStatus): RuleResult {
  if (canTransition(from, to)) return PASS;
  const labels = vi.training.statuses;
  return fail('RULE_TRAINING_STATUS', format(vi.training.transition, { from: labels[from], to: labels[to] }));
}

/** A share in %, rounded to 2 decimals; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 10000) / whole) / 100;
}

export const GOOD_OR_BETTER: readonly TrainingResult[] = ['excellent', 'good'];

/** What one participant contributes to the figures. */
export interface ParticipantTally {
  plannedDays: number;
  /** Effective attended days (present marks or the total entered); null when nothing is recorded. */
  attendedDays: number | null;
  result: TrainingResult | null;
}

/**
 * The attendance rate is attended over planned person-days of the participants
 * whose attendance is recorded (someone not yet entered is unknown, not absent);
 * the good-or-better share is excellent + good over the rated participants.
 */
export function tallyFigures(rows: readonly ParticipantTally[]): TrainingCourseFigures {
  const results: Record<TrainingResult, number> = { excellent: 0, good: 0, pass: 0, fail: 0 };
  let plannedPersonDays = 0;
  let attendedPersonDays = 0;
  let rated = 0;
  for (const row of rows) {
    if (row.attendedDays !== null) {
      plannedPersonDays += row.plannedDays;
      attendedPersonDays += row.attendedDays;
    }
    if (row.result !== null) {
      rated += 1;
      results[row.result] += 1;
    }
  }
  const goodOrBetter = results.excellent + results.good;
  return {
    participants: rows.length,
    plannedPersonDays,
    attendedPersonDays,
    attendanceRate: percent(attendedPersonDays, plannedPersonDays),
    rated,
    goodOrBetter,
    goodOrBetterRate: percent(goodOrBetter, rated),
    results,
  };
}

/** A course's participants summed in SQL (repository `courseSums`): how many, recorded, attended, rated and by result. */
export interface CourseSumColumns {
  participants: number;
  recorded: number;
  attended: number;
  rated: number;
  excellent: number;
  good: number;
  pass: number;
  fail: number;
}

/** The same figures from a course's SQL sums (repository `CourseSums`). */
export function figuresFromSums(s: CourseSumColumns & { plannedDays: number }): TrainingCourseFigures {
  const plannedPersonDays = s.recorded * s.plannedDays;
  const goodOrBetter = s.excellent + s.good;
  return {
    participants: s.participants,
    plannedPersonDays,
    attendedPersonDays: s.attended,
    attendanceRate: percent(s.attended, plannedPersonDays),
    rated: s.rated,
    goodOrBetter,
    goodOrBetterRate: percent(goodOrBetter, s.rated),
    results: { excellent: s.excellent, good: s.good, pass: s.pass, fail: s.fail },
  };
}
