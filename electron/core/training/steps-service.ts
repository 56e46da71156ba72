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
import { issuedForSince } from '../documents/register/repository';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { format, vi } from '../messages/vi';
import { fullNameOfRow } from '../shared/vietnamese-text';
import { getCourse, mustFindCourse, refuse } from './course-service';
import * as repo from './repository';
import { checkTransition } from './rules';
import type { CourseTransitionInput, CourseUndoInput, TrainingCourse, TrainingStatus } from './schema';

const t = vi.training.undo;
const statuses = vi.training.statuses;

/** A course with its status history ("Lịch sử trạng thái"), as the course's detail shows it. */
export type TrainingCourseDetail = TrainingCourse & { steps: CourseStep<TrainingStatus>[] };

export function getCourseDetail(ctx: ApiContext, id: string): TrainingCourseDetail {
  return { ...getCourse(ctx, id), steps: listCourseSteps<TrainingStatus>(ctx.db, 'training', id) };
}

function currentEntries(ctx: ApiContext, courseId: string): CurrentEntry[] {
  return repo.participantEntries(ctx.db, courseId).map((p) => ({
    id: p.id,
    name: fullNameOfRow(p),
    attendance: p.entered === null && p.marks === null ? '' : `${p.entered ?? ''}|${p.marks ?? ''}`,
    result: p.result ?? '',
  }));
}

/** One history row; it keeps the participants' attendance and results as they are, for a later undo to compare. */
function step(
  ctx: ApiContext,
  courseId: string,
  kind: CourseStep['kind'],
  from: TrainingStatus,
  to: TrainingStatus,
  reason: string,
) {
  insertCourseStep(
    ctx.db,
    {
      courseKind: 'training',
      courseId,
      kind,
      fromStatus: from,
      toStatus: to,
      reason,
      entries: entriesOf(currentEntries(ctx, courseId)),
      actor: ctx.actor,
    },
    timestamp(ctx.now()),
  );
}

function audit(ctx: ApiContext, id: string, before: unknown, extra: Record<string, string> = {}) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'training_course',
    entityId: id,
    action: 'update',
    before,
    after: { ...repo.findCourse(ctx.db, id), ...extra },
  });
}

/** Moves a course on; the step goes into its history with what the participants had recorded then. */
export function transitionCourse(ctx: ApiContext, input: CourseTransitionInput): TrainingCourseDetail {
  return inTransaction(ctx, () => {
    const before = mustFindCourse(ctx, input.id);
    const rule = checkTransition(before.status, input.to);
    if (!rule.ok) refuse('to', rule);
    mustBeCurrent(repo.setCourseStatus(ctx.db, input.id, input.version, input.to, timestamp(ctx.now())));
    step(ctx, input.id, 'step', before.status, input.to, '');
    audit(ctx, input.id, before);
    return getCourseDetail(ctx, input.id);
  });
}

/**
 * What was entered after the step and would contradict the status the undo returns to: attendance
 * or results of a course back at "Kế hoạch" (it has not started), results of a course back at
 * "Đang huấn luyện" from "Đã hoàn thành", anything of a course back at "Đã hủy" (a cancelled
 * course keeps its lists as they were, nobody added or removed). The message names the people; null when nothing blocks.
 */
function blocker(
  ctx: ApiContext,
  courseId: string,
  last: { entries: CourseEntries; fromStatus: TrainingStatus; toStatus: TrainingStatus },
): string | null {
  const since = entriesSince(last.entries, currentEntries(ctx, courseId), t.unnamed);
  const back = last.fromStatus;
  const words = { to: statuses[last.toStatus], back: statuses[back] };
  const names = (list: string[]) => namesText(list, t.more);
  if (back === 'cancelled' && since.added.length > 0)
    return format(t.addedSince, { ...words, names: names(since.added) });
  // Re-adding someone makes a new participant without what they had, so the advice is a new step.
  if (back === 'cancelled' && since.removed.length > 0)
    return format(t.removedSince, { ...words, names: names(since.removed) });
  const resultsMatter = back === 'planned' || back === 'cancelled' || last.toStatus === 'done';
  if (resultsMatter && since.results.length > 0)
    return format(t.resultsSince, { ...words, names: names(since.results) });
  const attendanceMatters = back === 'planned' || back === 'cancelled';
  if (attendanceMatters && since.attendance.length > 0) {
    return format(t.attendanceSince, { ...words, names: names(since.attendance) });
  }
  return null;
}

/**
 * Undoes the course's last status step while nothing later depends on it: the course returns to
 * the status before the step (a step sets nothing else), the step stays in the history marked
 * undone, and the undo is a history row of its own with the reason. Steps taken before the history
 * existed have no row, so they cannot be undone.
 */
export function undoCourseStep(ctx: ApiContext, input: CourseUndoInput): TrainingCourseDetail {
  return inTransaction(ctx, () => {
    const before = mustFindCourse(ctx, input.id);
    if (before.version !== input.version) throw ApiError.of('CONFLICT_VERSION');
    const last = lastCourseStep<TrainingStatus>(ctx.db, 'training', input.id);
    if (!last || last.toStatus !== before.status) throw new ApiError('RULE_TRAINING_UNDO', t.nothing);
    // A result report issued after the step reports on it: withdrawn first (Sổ văn bản đi), then undone.
    const report = issuedForSince(ctx.db, 'training.resultReport', 'courseId', input.id, last.createdAt);
    if (report) throw new ApiError('RULE_TRAINING_UNDO', format(t.reportIssued, { document: report }));
    const blocked = blocker(ctx, input.id, last);
    if (blocked) throw new ApiError('RULE_TRAINING_UNDO', blocked);
    const at = timestamp(ctx.now());
    mustBeCurrent(repo.setCourseStatus(ctx.db, input.id, input.version, last.fromStatus, at));
    markCourseStepUndone(ctx.db, last.id, at);
    step(ctx, input.id, 'undo', last.toStatus, last.fromStatus, input.reason);
    audit(ctx, input.id, before, { undoReason: input.reason });
    return getCourseDetail(ctx, input.id);
  });
}
