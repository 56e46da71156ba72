import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import { findLocality } from '../localities';
import { vi } from '../messages/vi';
import { localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import type { Exercise, ExerciseAttachment, ExercisePage } from './public-types';
import * as repo from './repository';
import { checkPlannedDates } from './rules';
import { listSteps } from './steps-repository';
import type { AttachmentAddInput, ExerciseCreateInput, ExerciseListInput, ExerciseUpdateInput } from './schema';
import { findType } from './types-repository';

const t = vi.exercises;

export function refuse(field: string, rule: { code: string; message: string }): never {
  throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

export function getExercise(ctx: ApiContext, id: string): Exercise {
  const exercise = mustExist(repo.findExercise(ctx.db, id));
  return {
    ...exercise,
    units: repo.listUnits(ctx.db, id),
    attachments: repo.listAttachments(ctx.db, id),
    steps: listSteps(ctx.db, id),
  };
}

export function listExercises(ctx: ApiContext, input: ExerciseListInput): ExercisePage {
  return { ...repo.listExercises(ctx.db, input), pageSize: input.pageSize };
}

export function audit(ctx: ApiContext, id: string, action: AuditAction, before: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'exercise',
    entityId: id,
    action,
    before,
    after: getExercise(ctx, id),
  });
}

/** Type (still in use unless unchanged), locality (still existing) and the planned span. */
function checkPlan(ctx: ApiContext, input: ExerciseCreateInput, before: Exercise | null): void {
  const type = findType(ctx.db, input.typeId);
  if (!type) throw ApiError.fields({ typeId: vi.errors.NOT_FOUND });
  if (type.retiredOn && before?.typeId !== type.id) {
    throw ApiError.fields({ typeId: t.typeRetired }, 'RULE_EXERCISE_TYPE_RETIRED', t.typeRetired);
  }
  if (input.localityId && input.localityId !== before?.localityId) {
    const today = localIsoDate(ctx.now());
    const locality = findLocality(ctx.db, input.localityId, today);
    if (!locality) throw ApiError.fields({ localityId: vi.errors.NOT_FOUND });
    if (locality.retiredOn && locality.retiredOn <= today) throw ApiError.fields({ localityId: t.localityRetired });
  }
  const dates = checkPlannedDates(input.plannedOn, input.plannedUntil);
  if (!dates.ok) refuse('plannedUntil', dates);
}

/** Makes the exercise's units exactly the given ones, keeping rows that stay. */
function syncUnits(ctx: ApiContext, exerciseId: string, input: ExerciseCreateInput, at: string): void {
  const wanted = [
    ...new Set(input.militiaUnitIds.map((id) => `militia:${id}`)),
    ...new Set(input.reserveUnitIds.map((id) => `reserve:${id}`)),
  ];
  const current = repo.listUnits(ctx.db, exerciseId);
  const have = new Set(current.map((u) => `${u.kind}:${u.unitId}`));
  for (const unit of current) {
    if (!wanted.includes(`${unit.kind}:${unit.unitId}`)) repo.deleteUnit(ctx.db, unit.id);
  }
  for (const key of wanted) {
    if (have.has(key)) continue;
    const [kind, unitId] = key.split(':') as ['militia' | 'reserve', string];
    if (!repo.unitExists(ctx.db, kind, unitId)) {
      const field = kind === 'militia' ? 'militiaUnitIds' : 'reserveUnitIds';
      throw ApiError.fields({ [field]: t.unitNotFound }, 'RULE_EXERCISE_UNIT', t.unitNotFound);
    }
    repo.insertUnit(ctx.db, exerciseId, kind, unitId, at);
  }
}

export function createExercise(ctx: ApiContext, input: ExerciseCreateInput): Exercise {
  return inTransaction(ctx, () => {
    checkPlan(ctx, input, null);
    const at = timestamp(ctx.now());
    const id = repo.insertExercise(ctx.db, input, at);
    syncUnits(ctx, id, input, at);
    audit(ctx, id, 'create', null);
    return getExercise(ctx, id);
  });
}

/** The plan and its details stay editable in every status (a recorded correction, audited). */
export function updateExercise(ctx: ApiContext, input: ExerciseUpdateInput): Exercise {
  return inTransaction(ctx, () => {
    const before = getExercise(ctx, input.id);
    checkPlan(ctx, input, before);
    const at = timestamp(ctx.now());
    mustBeCurrent(repo.updateExercise(ctx.db, input, at));
    syncUnits(ctx, input.id, input, at);
    audit(ctx, input.id, 'update', before);
    return getExercise(ctx, input.id);
  });
}

export function addAttachment(ctx: ApiContext, input: AttachmentAddInput): ExerciseAttachment {
  return inTransaction(ctx, () => {
    const before = getExercise(ctx, input.exerciseId);
    const id = repo.insertAttachment(ctx.db, input, timestamp(ctx.now()));
    audit(ctx, input.exerciseId, 'update', before);
    return repo.findAttachment(ctx.db, id) as ExerciseAttachment;
  });
}

export function removeAttachment(ctx: ApiContext, input: { id: string; version: number }): Exercise {
  return inTransaction(ctx, () => {
    const attachment = mustExist(repo.findAttachment(ctx.db, input.id));
    const before = getExercise(ctx, attachment.exerciseId);
    mustBeCurrent(repo.deleteAttachment(ctx.db, input.id, input.version));
    audit(ctx, attachment.exerciseId, 'update', before);
    return getExercise(ctx, attachment.exerciseId);
  });
}
