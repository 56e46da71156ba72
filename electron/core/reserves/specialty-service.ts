import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { type AuditAction, writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import { format, vi } from '../messages/vi';
import { localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import * as repo from './specialty-repository';
import type { Specialty } from './schema';

/** The office's CNQS list (the ministry's catalogue is not public): codes are unique, retired ones stay for history. */
export function listSpecialties(ctx: ApiContext, input: { includeRetired: boolean }): Specialty[] {
  return repo.listSpecialties(ctx.db, input.includeRetired);
}

export function getSpecialty(ctx: ApiContext, id: string): Specialty {
  return mustExist(repo.findSpecialty(ctx.db, id));
}

/** A specialty that may be given to a reservist or a slot now: it exists and is not retired (unless unchanged). */
export function usableSpecialty(ctx: ApiContext, id: string, field: string, previousId?: string | null): Specialty {
  const found = repo.findSpecialty(ctx.db, id);
  if (!found) throw ApiError.fields({ [field]: vi.errors.NOT_FOUND });
  if (found.retiredOn && id !== previousId) {
    throw ApiError.fields({ [field]: vi.errors.RESERVE_SPECIALTY_RETIRED });
  }
  return found;
}

function checkCode(ctx: ApiContext, code: string, selfId: string | null) {
  if (repo.codeTaken(ctx.db, code, selfId)) {
    const message = format(vi.errors.RESERVE_SPECIALTY_CODE_TAKEN, { code });
    throw new ApiError('RESERVE_SPECIALTY_CODE_TAKEN', message, { code: message });
  }
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: Specialty | null, after: Specialty) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'military_specialty',
    entityId: id,
    action,
    before,
    after,
  });
}

export function createSpecialty(ctx: ApiContext, input: { code: string; name: string }): Specialty {
  return inTransaction(ctx, () => {
    checkCode(ctx, input.code, null);
    const id = repo.insertSpecialty(ctx.db, input, timestamp(ctx.now()));
    const after = getSpecialty(ctx, id);
    audit(ctx, id, 'create', null, after);
    return after;
  });
}

export function updateSpecialty(
  ctx: ApiContext,
  input: { id: string; version: number; code: string; name: string },
): Specialty {
  return inTransaction(ctx, () => {
    const before = getSpecialty(ctx, input.id);
    checkCode(ctx, input.code, input.id);
    const values = { code: input.code, name: input.name, retiredOn: before.retiredOn };
    mustBeCurrent(repo.updateSpecialty(ctx.db, input.id, input.version, values, timestamp(ctx.now())));
    const after = getSpecialty(ctx, input.id);
    audit(ctx, input.id, 'update', before, after);
    return after;
  });
}

/** Retiring hides a code from new choices; reservists and slots that hold it keep it. */
export function setSpecialtyRetired(
  ctx: ApiContext,
  input: { id: string; version: number },
  retired: boolean,
): Specialty {
  return inTransaction(ctx, () => {
    const before = getSpecialty(ctx, input.id);
    const values = { code: before.code, name: before.name, retiredOn: retired ? localIsoDate(ctx.now()) : null };
    mustBeCurrent(repo.updateSpecialty(ctx.db, input.id, input.version, values, timestamp(ctx.now())));
    const after = getSpecialty(ctx, input.id);
    audit(ctx, input.id, retired ? 'retire' : 'restore', before, after);
    return after;
  });
}
