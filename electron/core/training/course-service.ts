import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import { statement } from '../db/statements';
import { vi } from '../messages/vi';
import type { MilitiaComponent } from '../militia';
import type { RuleResult } from '../shared/rule-result';
import { inTransaction } from '../kernel/transaction';
import * as repo from './repository';
import { checkCourseDates, checkCourseTarget, defaultPlannedDays, figuresFromSums, percent } from './rules';
import type {
  CourseCreateInput,
  CourseListInput,
  CourseUpdateInput,
  TrainingCourse,
  TrainingCoursePage,
  TrainingCourseRow,
  TrainingFigures,
  TrainingTarget,
} from './schema';

type Failure = Extract<RuleResult, { ok: false }>;

export function refuse(field: string, rule: Failure): never {
  throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

function toRow(s: repo.CourseSums): TrainingCourseRow {
  const figures = figuresFromSums(s);
  return {
    id: s.id,
    title: s.title,
    target: s.target,
    component: s.component,
    militiaUnitId: s.militiaUnitId,
    reserveUnitId: s.reserveUnitId,
    unitName: s.unitName,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    place: s.place,
    plannedDays: s.plannedDays,
    status: s.status,
    participants: s.participants,
    attendanceRate: figures.attendanceRate,
    goodOrBetterRate: figures.goodOrBetterRate,
  };
}

export function mustFindCourse(ctx: ApiContext, id: string): repo.CourseSums {
  return mustExist(repo.findCourse(ctx.db, id));
}

/**
 * The law's default days for a course (Art. 28(1) Luật DQTV). A first-year course
 * has no component of its own; the unit it trains tells whether it is standing militia.
 */
export function courseDefaultDays(
  ctx: ApiContext,
  c: { target: TrainingTarget; component: MilitiaComponent | null; militiaUnitId: string | null },
): number | null {
  if (c.target !== 'militia_first_year' || c.militiaUnitId === null) return defaultPlannedDays(c.target, c.component);
  const unit = statement(ctx.db, 'SELECT component FROM militia_units WHERE id = ?').get(c.militiaUnitId) as
    { component: MilitiaComponent } | undefined;
  return defaultPlannedDays(c.target, unit?.component ?? null);
}

export function getCourse(ctx: ApiContext, id: string): TrainingCourse {
  const s = mustFindCourse(ctx, id);
  return {
    ...toRow(s),
    notes: s.notes,
    version: s.version,
    defaultDays: courseDefaultDays(ctx, s),
    figures: figuresFromSums(s),
  };
}

export function listCourses(ctx: ApiContext, input: CourseListInput): TrainingCoursePage {
  const { rows, ...page } = repo.queryCourses(ctx.db, input);
  return { rows: rows.map(toRow), ...page, pageSize: input.pageSize };
}

/** Courses starting within the range (each counts once, in the half-year it starts), cancelled ones left out. */
export function trainingFigures(ctx: ApiContext, input: { from: string; to: string }): TrainingFigures {
  const courses = repo.coursesStartingIn(ctx.db, input.from, input.to);
  const totals = { participants: 0, plannedPersonDays: 0, attendedPersonDays: 0, rated: 0, goodOrBetter: 0 };
  const perCourse = courses.map((c) => {
    const f = figuresFromSums(c);
    totals.participants += f.participants;
    totals.plannedPersonDays += f.plannedPersonDays;
    totals.attendedPersonDays += f.attendedPersonDays;
    totals.rated += f.rated;
    totals.goodOrBetter += f.goodOrBetter;
    return {
      courseId: c.id,
      title: c.title,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      participants: c.participants,
      attendanceRate: f.attendanceRate,
      goodOrBetterRate: f.goodOrBetterRate,
    };
  });
  return {
    from: input.from,
    to: input.to,
    courses: courses.length,
    ...totals,
    attendanceRate: percent(totals.attendedPersonDays, totals.plannedPersonDays),
    goodOrBetterRate: percent(totals.goodOrBetter, totals.rated),
    perCourse,
  };
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'training_course',
    entityId: id,
    action,
    before,
    after: repo.findCourse(ctx.db, id),
  });
}

function unitExists(ctx: ApiContext, table: 'militia_units' | 'reserve_units', id: string): boolean {
  return statement(ctx.db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Checks the course's fields and fills the planned days from the rule when left out. */
function courseValues(ctx: ApiContext, input: CourseCreateInput): repo.CourseValues {
  const target = checkCourseTarget(input);
  if (target && !target.result.ok) refuse(target.field, target.result);
  if (input.militiaUnitId && !unitExists(ctx, 'militia_units', input.militiaUnitId)) {
    throw ApiError.fields({ militiaUnitId: vi.errors.NOT_FOUND }, 'NOT_FOUND');
  }
  if (input.reserveUnitId && !unitExists(ctx, 'reserve_units', input.reserveUnitId)) {
    throw ApiError.fields({ reserveUnitId: vi.errors.NOT_FOUND }, 'NOT_FOUND');
  }
  const plannedDays = input.plannedDays ?? courseDefaultDays(ctx, input);
  if (plannedDays === null) throw ApiError.fields({ plannedDays: vi.field.required });
  const dates = checkCourseDates(input.startsOn, input.endsOn, plannedDays);
  if (!dates.ok) refuse(input.endsOn < input.startsOn ? 'endsOn' : 'plannedDays', dates);
  return { ...input, plannedDays };
}

export function createCourse(ctx: ApiContext, input: CourseCreateInput): TrainingCourse {
  return inTransaction(ctx, () => {
    const id = repo.insertCourse(ctx.db, courseValues(ctx, input), timestamp(ctx.now()));
    audit(ctx, id, 'create', null);
    return getCourse(ctx, id);
  });
}

/** Dates and planned days may change only while the attendance already recorded still fits them. */
export function updateCourse(ctx: ApiContext, input: CourseUpdateInput): TrainingCourse {
  return inTransaction(ctx, () => {
    const before = mustFindCourse(ctx, input.id);
    const values = courseValues(ctx, input);
    const bounds = repo.attendanceBounds(ctx.db, input.id, values.startsOn, values.endsOn);
    if ((bounds.maxAttended ?? 0) > values.plannedDays || bounds.outside > 0) {
      const message = vi.training.updateBreaksAttendance;
      throw ApiError.fields({ plannedDays: message }, 'RULE_TRAINING_ATTENDANCE', message);
    }
    mustBeCurrent(repo.updateCourse(ctx.db, input.id, input.version, values, timestamp(ctx.now())));
    audit(ctx, input.id, 'update', before);
    return getCourse(ctx, input.id);
  });
}
