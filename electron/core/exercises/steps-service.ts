import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent } from '../kernel/errors';
import { timestamp } from '../db/records';
import { issuedForSince } from '../documents/register/repository';
import { format, vi } from '../messages/vi';
import { displayDateOfStamp, localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import type { ExerciseStatus } from './constants';
import type { Exercise, ExerciseStatusFacts, ExerciseStep } from './public-types';
import * as repo from './repository';
import { checkCancelReason, checkDoneFacts, checkTransition, stepsTowards } from './rules';
import type { ExerciseCorrectInput, ExerciseTransitionInput, ExerciseUndoInput } from './schema';
import { audit, getExercise, refuse } from './service';
import * as steps from './steps-repository';

const t = vi.exercises;

function factsOf(e: Exercise): ExerciseStatusFacts {
  const { status, startedOn, endedOn, rating, lessons, cancelReason } = e;
  return { status, startedOn, endedOn, rating, lessons, cancelReason };
}

/**
 * Writes the status facts at the expected version, one history row and one audit row: every
 * step, correction and undo goes through here, so each is recorded the same way.
 */
function record(
  ctx: ApiContext,
  before: Exercise,
  after: ExerciseStatusFacts,
  kind: ExerciseStep['kind'],
  reason: string,
): Exercise {
  const at = timestamp(ctx.now());
  mustBeCurrent(repo.setStatus(ctx.db, { id: before.id, version: before.version, ...after }, at));
  steps.insertStep(
    ctx.db,
    { exerciseId: before.id, kind, reason, before: factsOf(before), after, actor: ctx.actor },
    at,
  );
  audit(ctx, before.id, 'update', before);
  return getExercise(ctx, before.id);
}

/** The facts a move to `to` sets, checked by the rules (the dialog's values, or nothing for "preparing"). */
function factsFor(ctx: ApiContext, current: ExerciseStatusFacts, to: ExerciseStatus, input: ExerciseTransitionInput) {
  const next: ExerciseStatusFacts = { ...current, status: to };
  if (to === 'cancelled') {
    const reason = checkCancelReason(input.cancelReason);
    if (!reason.ok) refuse('cancelReason', reason);
    next.cancelReason = input.cancelReason;
  }
  if (to === 'done') {
    const facts = checkDoneFacts(input, localIsoDate(ctx.now()));
    if (!facts.ok) refuse(facts.field ?? 'to', facts);
    next.startedOn = input.startedOn ?? null;
    next.endedOn = input.endedOn ?? null;
    next.rating = input.rating ?? null;
    next.lessons = input.lessons;
  }
  return next;
}

/**
 * Moves an exercise on. "Done" straight from "planned" goes through "preparing" on the way, each
 * step recorded and audited, so a clerk recording an exercise held last week needs one dialog.
 * Every fact is checked before anything is written: a refusal leaves the exercise as it was.
 */
export function transitionExercise(ctx: ApiContext, input: ExerciseTransitionInput): Exercise {
  return inTransaction(ctx, () => {
    let current = getExercise(ctx, input.id);
    if (current.version !== input.version) throw ApiError.of('CONFLICT_VERSION');
    const path = stepsTowards(current.status, input.to);
    if (!path.ok) refuse('to', path);
    const final = factsFor(ctx, factsOf(current), input.to, input);
    for (const to of path.steps) {
      const allowed = checkTransition(current.status, to);
      if (!allowed.ok) refuse('to', allowed);
      current = record(ctx, current, to === input.to ? final : { ...factsOf(current), status: to }, 'step', '');
    }
    return current;
  });
}

/**
 * A recorded correction of what a closed exercise reports: a done one's dates, rating and lessons,
 * a cancelled one's reason. The old values stay in the history with the reason; the status stays.
 */
export function correctExercise(ctx: ApiContext, input: ExerciseCorrectInput): Exercise {
  return inTransaction(ctx, () => {
    const before = getExercise(ctx, input.id);
    if (before.version !== input.version) throw ApiError.of('CONFLICT_VERSION');
    if (before.status !== 'done' && before.status !== 'cancelled') {
      const message = format(t.correction.notClosed, { status: t.statuses[before.status] });
      refuse('reason', { code: 'RULE_EXERCISE_CORRECTION', message });
    }
    const after = factsFor(ctx, factsOf(before), before.status, { ...input, to: before.status });
    if (JSON.stringify(after) === JSON.stringify(factsOf(before))) {
      throw new ApiError('RULE_EXERCISE_CORRECTION', t.correction.nothingChanged);
    }
    return record(ctx, before, after, 'correction', input.reason);
  });
}

/**
 * Undoes the exercise's last status step while nothing later depends on it: the facts return to
 * what they were before the step. A step corrected since keeps the correction's reasoning, so it
 * is refused; steps recorded before this history existed have nothing to return to.
 */
export function undoExerciseStep(ctx: ApiContext, input: ExerciseUndoInput): Exercise {
  return inTransaction(ctx, () => {
    const before = getExercise(ctx, input.id);
    if (before.version !== input.version) throw ApiError.of('CONFLICT_VERSION');
    const last = steps.lastInForce(ctx.db, input.id);
    if (!last || last.after.status !== before.status) {
      throw new ApiError('RULE_EXERCISE_UNDO', t.undo.nothing);
    }
    if (last.kind === 'correction') {
      const message = format(t.undo.afterCorrection, {
        to: t.statuses[last.toStatus],
        date: displayDateOfStamp(last.createdAt),
      });
      throw new ApiError('RULE_EXERCISE_UNDO', message);
    }
    // A result report issued after the step reports on it: withdrawn first (Sổ văn bản đi), then undone.
    const report = issuedForSince(ctx.db, 'exercises.resultReport', 'exerciseId', input.id, last.createdAt);
    if (report) throw new ApiError('RULE_EXERCISE_UNDO', format(t.undo.reportIssued, { document: report }));
    steps.markUndone(ctx.db, last.id, timestamp(ctx.now()));
    return record(ctx, before, last.before, 'undo', input.reason);
  });
}
