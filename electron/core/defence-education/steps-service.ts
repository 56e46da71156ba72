import { dqeduStatusLabels } from '../../../vocabulary/defence-education';
import {
  entriesOf,
  entriesSince,
  insertCourseStep,
  lastCourseStep,
  listCourseSteps,
  markCourseStepUndone,
  namesText,
  type CourseEntries,
  type CourseStep,
  type CurrentEntry,
} from '../course-steps';
import { writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, localIsoDate } from '../shared/dates';
import type { DqeduCourse, DqeduStatus } from './public-types';
import * as repo from './repository';
import { checkMarkDone } from './rules';
import type { CourseStatusInput, CourseUndoInput } from './schema';
import { getCourse, refuse } from './service';

const t = vi.defenceEducation.undo;
const statuses = dqeduStatusLabels;

/** A course with its status history ("Lịch sử trạng thái"), as the course's detail shows it. */
export type DqeduCourseDetail = DqeduCourse & { steps: CourseStep<DqeduStatus>[] };

export function getCourseDetail(ctx: ApiContext, id: string): DqeduCourseDetail {
  return { ...getCourse(ctx, id), steps: listCourseSteps<DqeduStatus>(ctx.db, 'defence_education', id) };
}

/** Each participant's result and certificate as comparable text ('' when nothing is recorded). */
function currentEntries(ctx: ApiContext, courseId: string): CurrentEntry[] {
  return repo.listParticipants(ctx.db, courseId).map((p) => ({
    id: p.id,
    name: p.fullName,
    attendance: '',
    result:
      p.result === null && p.certificateNo === '' && p.certificateOn === null
        ? ''
        : `${p.result ?? ''}|${p.certificateNo}|${p.certificateOn ?? ''}`,
  }));
}

/** One history row; it keeps the participants' results and certificates as they are, for a later undo to compare. */
function step(
  ctx: ApiContext,
  courseId: string,
  kind: CourseStep['kind'],
  from: DqeduStatus,
  to: DqeduStatus,
  reason: string,
) {
  const entries = entriesOf(currentEntries(ctx, courseId));
  const values = { courseKind: 'defence_education' as const, courseId, kind, fromStatus: from, toStatus: to };
  insertCourseStep(ctx.db, { ...values, reason, entries, actor: ctx.actor }, timestamp(ctx.now()));
}

function audit(ctx: ApiContext, id: string, before: DqeduCourse, extra: Record<string, string> = {}) {
  const after = { ...getCourse(ctx, id), ...extra };
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: repo.COURSE_ENTITY,
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return after;
}

/** Sets the course's status; the step goes into its history with the results recorded then. */
export function setCourseStatus(ctx: ApiContext, input: CourseStatusInput): DqeduCourse {
  return inTransaction(ctx, () => {
    const before = getCourse(ctx, input.id);
    if (input.status === 'done') {
      const rule = checkMarkDone(before.endsOn, localIsoDate(ctx.now()));
      if (!rule.ok) refuse('status', rule);
    }
    mustBeCurrent(repo.setCourseStatus(ctx.db, input.id, input.version, input.status, timestamp(ctx.now())));
    if (before.status !== input.status) step(ctx, input.id, 'step', before.status, input.status, '');
    return audit(ctx, input.id, before);
  });
}

/**
 * What would contradict the status an undo returns to: results and certificates belong to a held
 * course only (they are entered once it is "Đã thực hiện"), and a cancelled course keeps its list
 * as it was when cancelled (nobody added or removed). The message names the people; null when nothing blocks.
 */
function blocker(
  ctx: ApiContext,
  courseId: string,
  last: { entries: CourseEntries; fromStatus: DqeduStatus; toStatus: DqeduStatus },
) {
  const since = entriesSince(last.entries, currentEntries(ctx, courseId), t.unnamed);
  const words = { to: statuses[last.toStatus], back: statuses[last.fromStatus] };
  const names = (list: string[]) => namesText(list, t.more);
  if (last.fromStatus === 'cancelled' && since.added.length > 0)
    return format(t.addedSince, { ...words, names: names(since.added) });
  // Re-adding someone makes a new participant without what they had, so the advice is a new step.
  if (last.fromStatus === 'cancelled' && since.removed.length > 0)
    return format(t.removedSince, { ...words, names: names(since.removed) });
  // Only results entered since the step: those kept from an earlier "Đã thực hiện" were there when
  // the course left the status it returns to, and cannot be cleared outside "Đã thực hiện" anyway.
  if (last.fromStatus !== 'done' && since.results.length > 0)
    return format(t.resultsRecorded, { ...words, names: names(since.results) });
  return null;
}

/**
 * Undoes the course's last status step while nothing depends on it: the course returns to the
 * status before the step (a step sets nothing else), the step stays in the history marked undone,
 * and the undo is a history row of its own with the reason. Steps taken before the history existed
 * have no row, so they cannot be undone.
 */
export function undoCourseStep(ctx: ApiContext, input: CourseUndoInput): DqeduCourseDetail {
  return inTransaction(ctx, () => {
    const before = getCourse(ctx, input.id);
    if (before.version !== input.version) throw ApiError.of('CONFLICT_VERSION');
    const last = lastCourseStep<DqeduStatus>(ctx.db, 'defence_education', input.id);
    if (!last || last.toStatus !== before.status) throw new ApiError('RULE_DQEDU_UNDO', t.nothing);
    // Back to "Đã thực hiện" is marking it done again: its dates may have moved since (while planned),
    // so the rule setCourseStatus applies holds here too.
    if (last.fromStatus === 'done' && !checkMarkDone(before.endsOn, localIsoDate(ctx.now())).ok) {
      const words = { title: before.title, endsOn: formatDisplayDate(before.endsOn) };
      throw new ApiError('RULE_DQEDU_UNDO', format(t.doneEarly, words));
    }
    const blocked = blocker(ctx, input.id, last);
    if (blocked) throw new ApiError('RULE_DQEDU_UNDO', blocked);
    const at = timestamp(ctx.now());
    mustBeCurrent(repo.setCourseStatus(ctx.db, input.id, input.version, last.fromStatus, at));
    markCourseStepUndone(ctx.db, last.id, at);
    step(ctx, input.id, 'undo', last.toStatus, last.fromStatus, input.reason);
    audit(ctx, input.id, before, { undoReason: input.reason });
    return getCourseDetail(ctx, input.id);
  });
}
