import { writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { localIsoDate } from '../shared/dates';
import * as repo from './practices-repository';
import type { ReadinessPractice, ReadinessPracticePage } from './public-types';
import { checkPractice } from './rules';
import type { PracticeCreateInput, PracticeListInput, PracticeUpdateInput } from './schema';
import { documentOf, refuse } from './service';

export function listPractices(ctx: ApiContext, input: PracticeListInput): ReadinessPracticePage {
  return { ...repo.listPractices(ctx.db, input), pageSize: input.pageSize };
}

export function getPractice(ctx: ApiContext, id: string): ReadinessPractice {
  return mustExist(repo.findPractice(ctx.db, id));
}

/**
 * The plan practised is one of the holder's documents; a practice held is not in the future; the
 * day it was planned defaults to today, or to the practice's day when that is earlier (a practice
 * entered after it was held).
 */
function checked(ctx: ApiContext, input: PracticeCreateInput) {
  documentOf(ctx, input.holderId, input.kindId);
  const today = localIsoDate(ctx.now());
  const plannedAt = input.plannedAt ?? (input.practisedOn < today ? input.practisedOn : today);
  const fields = { ...input, plannedAt };
  const refused = checkPractice(fields, today);
  if (refused && !refused.rule.ok) refuse(refused.field, refused.rule);
  return fields;
}

export function createPractice(ctx: ApiContext, input: PracticeCreateInput): ReadinessPractice {
  return inTransaction(ctx, () => {
    const id = repo.insertPractice(ctx.db, checked(ctx, input), timestamp(ctx.now()));
    const after = getPractice(ctx, id);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'readiness_practice',
      entityId: id,
      action: 'create',
      before: null,
      after,
    });
    return after;
  });
}

export function updatePractice(ctx: ApiContext, input: PracticeUpdateInput): ReadinessPractice {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = getPractice(ctx, id);
    // An edit keeps the day it was planned unless told: a plan is not re-dated by correcting it.
    const values = checked(ctx, { ...fields, plannedAt: fields.plannedAt ?? before.plannedAt });
    mustBeCurrent(repo.updatePractice(ctx.db, { id, version, at: timestamp(ctx.now()) }, values));
    const after = getPractice(ctx, id);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'readiness_practice',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
