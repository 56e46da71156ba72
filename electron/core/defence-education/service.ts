import { dqeduCategories } from '../../../vocabulary/defence-education';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { vi } from '../messages/vi';
import { localIsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import type { DqeduCourse, DqeduCoursePage, DqeduFigures, DqeduHeadcount } from './public-types';
import * as repo from './repository';
import { checkCategoryInForce, checkCourseDates, checkPlannedOn, shareOf } from './rules';
import type { CourseCreateInput, CourseListInput, CourseUpdateInput, HeadcountSetInput } from './schema';

export function refuse(field: string, rule: Extract<RuleResult, { ok: false }>): never {
  throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

export function getCourse(ctx: ApiContext, id: string): DqeduCourse {
  return mustExist(repo.findCourse(ctx.db, id));
}

export function listCourses(ctx: ApiContext, input: CourseListInput): DqeduCoursePage {
  return { ...repo.listCourses(ctx.db, input), pageSize: input.pageSize };
}

function audit(ctx: ApiContext, entity: string, id: string, action: AuditAction, before: unknown, after: unknown) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity, entityId: id, action, before, after });
}

function checkCourse(ctx: ApiContext, input: CourseCreateInput): void {
  const dates = checkCourseDates(input.startsOn, input.endsOn);
  if (!dates.ok) refuse('endsOn', dates);
  const planned = checkPlannedOn(input.plannedOn, input.startsOn, localIsoDate(ctx.now()));
  if (!planned.ok) refuse('plannedOn', planned);
  const category = checkCategoryInForce(input.category, input.startsOn);
  if (!category.ok) refuse('category', category);
}

export function createCourse(ctx: ApiContext, input: CourseCreateInput): DqeduCourse {
  return inTransaction(ctx, () => {
    checkCourse(ctx, input);
    const id = repo.insertCourse(ctx.db, input, timestamp(ctx.now()));
    const after = getCourse(ctx, id);
    audit(ctx, repo.COURSE_ENTITY, id, 'create', null, after);
    return after;
  });
}

/** The category stays while the course has participants: each of them was checked against it. */
export function updateCourse(ctx: ApiContext, input: CourseUpdateInput): DqeduCourse {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = getCourse(ctx, id);
    checkCourse(ctx, fields);
    if (fields.category !== before.category && before.participants > 0) {
      const message = vi.errors.RULE_DQEDU_CATEGORY_LOCKED;
      throw ApiError.fields({ category: message }, 'RULE_DQEDU_CATEGORY_LOCKED', message);
    }
    mustBeCurrent(repo.updateCourse(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = getCourse(ctx, id);
    audit(ctx, repo.COURSE_ENTITY, id, 'update', before, after);
    return after;
  });
}

/** Every category with the year's headcount and its version, null where the office has not entered one. */
export function listHeadcounts(ctx: ApiContext, year: number): DqeduHeadcount[] {
  const counts = repo.headcountsOf(ctx.db, year);
  return dqeduCategories.map((category) => {
    const saved = counts.get(category);
    return { category, headcount: saved?.headcount ?? null, version: saved?.version ?? null };
  });
}

/**
 * The rows of the year's headcounts the user changed, written together (all rows or none), each
 * change audited. A row carries the version it was read at, or none for a category without a figure
 * yet: a figure saved, changed or removed by someone else since refuses the batch (CONFLICT_VERSION),
 * so their change is not overwritten. The categories not sent keep their figures.
 */
export function setHeadcounts(ctx: ApiContext, input: HeadcountSetInput): DqeduHeadcount[] {
  return inTransaction(ctx, () => {
    const at = timestamp(ctx.now());
    const entity = 'defence_education_headcount';
    for (const row of input.rows) {
      const before = repo.findHeadcount(ctx.db, input.year, row.category);
      const after = { year: input.year, category: row.category, headcount: row.headcount };
      if (row.version === undefined) {
        // Read without a figure: one entered since is someone else's.
        mustBeCurrent(before === null);
        if (row.headcount === null) continue;
        const id = repo.insertHeadcount(ctx.db, input.year, row.category, row.headcount, at);
        audit(ctx, entity, id, 'create', null, after);
        continue;
      }
      if (before === null) throw ApiError.of('CONFLICT_VERSION');
      if (row.headcount === null) {
        mustBeCurrent(repo.deleteHeadcount(ctx.db, before.id, row.version));
        audit(ctx, entity, before.id, 'delete', before, null);
      } else if (row.headcount !== before.headcount) {
        mustBeCurrent(repo.updateHeadcount(ctx.db, before.id, row.version, row.headcount, at));
        audit(ctx, entity, before.id, 'update', before, after);
      } else {
        mustBeCurrent(before.version === row.version);
      }
    }
    return listHeadcounts(ctx, input.year);
  });
}

/**
 * A range's figures: done courses by their last day (a course counts in the half-year it ends),
 * and per category the people trained in the range and up to its end, against the headcount the
 * office entered for the year of `to`.
 */
export function dqeduFigures(ctx: ApiContext, range: { from: string; to: string }): DqeduFigures {
  const totals = repo.doneTotals(ctx.db, range.from, range.to);
  const inRange = repo.trainedByCategory(ctx.db, range.from, range.to);
  const toDate = repo.trainedByCategory(ctx.db, '0000-01-01', range.to);
  const headcounts = repo.headcountsOf(ctx.db, Number(range.to.slice(0, 4)));
  const byCategory = dqeduCategories.map((category) => {
    const headcount = headcounts.get(category)?.headcount ?? null;
    const trainedToDate = toDate.get(category) ?? 0;
    return {
      category,
      trainedInRange: inRange.get(category) ?? 0,
      trainedToDate,
      headcount,
      share: shareOf(trainedToDate, headcount),
    };
  });
  return { from: range.from, to: range.to, ...totals, byCategory };
}
