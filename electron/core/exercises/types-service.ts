import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import { format, vi } from '../messages/vi';
import { localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import type { ExerciseType } from './public-types';
import type { TypeCreateInput, typeListInput, TypeUpdateInput, typeVersionInput } from './schema';
import * as repo from './types-repository';

function mustFindType(ctx: ApiContext, id: string): ExerciseType {
  return mustExist(repo.findType(ctx.db, id));
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'exercise_type',
    entityId: id,
    action,
    before,
    after: mustFindType(ctx, id),
  });
}

function checkName(ctx: ApiContext, name: string, exceptId: string | null) {
  if (repo.typeNameTaken(ctx.db, name, exceptId)) {
    const message = format(vi.exercises.typeNameTaken, { name });
    throw ApiError.fields({ name: message }, 'CONFLICT_EXERCISE_TYPE_NAME', message);
  }
}

export function listTypes(ctx: ApiContext, input: z.output<typeof typeListInput>): ExerciseType[] {
  return repo.listTypes(ctx.db, input.includeRetired);
}

export function createType(ctx: ApiContext, input: TypeCreateInput): ExerciseType {
  return inTransaction(ctx, () => {
    checkName(ctx, input.name, null);
    const id = repo.insertType(ctx.db, input.name, timestamp(ctx.now()));
    audit(ctx, id, 'create', null);
    return mustFindType(ctx, id);
  });
}

export function updateType(ctx: ApiContext, input: TypeUpdateInput): ExerciseType {
  return inTransaction(ctx, () => {
    const before = mustFindType(ctx, input.id);
    checkName(ctx, input.name, input.id);
    mustBeCurrent(repo.renameType(ctx.db, input.id, input.version, input.name, timestamp(ctx.now())));
    audit(ctx, input.id, 'rename', before);
    return mustFindType(ctx, input.id);
  });
}

/** A retired type stays on its past exercises but is no longer offered for new ones. */
export function setTypeRetired(
  ctx: ApiContext,
  input: z.output<typeof typeVersionInput>,
  retired: boolean,
): ExerciseType {
  return inTransaction(ctx, () => {
    const before = mustFindType(ctx, input.id);
    const retiredOn = retired ? localIsoDate(ctx.now()) : null;
    mustBeCurrent(repo.setTypeRetired(ctx.db, input.id, input.version, retiredOn, timestamp(ctx.now())));
    audit(ctx, input.id, retired ? 'retire' : 'restore', before);
    return mustFindType(ctx, input.id);
  });
}
