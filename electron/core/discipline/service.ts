import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { format, vi } from '../messages/vi';
import { membershipOn } from '../militia';
import { findPerson } from '../people';
import { findReservist, reservistIdOfPerson } from '../reserves';
import { formatDisplayDate, localIsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import { disciplineForces, handlingForms } from './constants';
import type { DisciplineBreach, DisciplineBreachPage, DisciplineFigures } from './public-types';
import * as repo from './repository';
import {
  checkDecisionNumber,
  checkFormFor,
  checkHandled,
  checkHandledOn,
  checkNotFuture,
  type Offender,
} from './rules';
import type { BreachCreateInput, BreachListInput, BreachUpdateInput } from './schema';

function refuse(field: string, rule: RuleResult): void {
  if (!rule.ok) throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

export function getBreach(ctx: ApiContext, id: string): DisciplineBreach {
  return mustExist(repo.findBreach(ctx.db, id));
}

export function listBreaches(ctx: ApiContext, input: BreachListInput): DisciplineBreachPage {
  return { ...repo.listBreaches(ctx.db, input), pageSize: input.pageSize };
}

/**
 * Who the person was on the breach's day, asked of the militia and reserves registers: a militia
 * member or commander (by the position held that day), or a reservist on the register that day.
 * Null when he was not on the chosen force's register then.
 */
function offenderOn(ctx: ApiContext, input: BreachCreateInput): Offender | null {
  if (input.force === 'militia') {
    const membership = membershipOn(ctx.db, input.personId, input.occurredOn);
    if (!membership) return null;
    return membership.position === 'member' ? 'militiaMember' : 'militiaCommander';
  }
  const reservistId = reservistIdOfPerson(ctx.db, input.personId);
  const reservist = reservistId ? findReservist(ctx.db, reservistId, input.occurredOn) : null;
  if (!reservist) return null;
  const onRegister =
    reservist.registeredOn <= input.occurredOn &&
    (reservist.removedOn === null || reservist.removedOn >= input.occurredOn);
  return onRegister ? 'reservist' : null;
}

function checkBreach(ctx: ApiContext, input: BreachCreateInput): void {
  const person = mustExist(findPerson(ctx.db, input.personId, input.occurredOn));
  const offender = offenderOn(ctx, input);
  if (offender === null) {
    const message = format(vi.errors.RULE_DISCIPLINE_NOT_IN_FORCE, {
      name: person.fullName,
      force: vi.discipline.forces[input.force],
      date: formatDisplayDate(input.occurredOn),
    });
    throw ApiError.fields({ personId: message }, 'RULE_DISCIPLINE_NOT_IN_FORCE', message);
  }
  const today = localIsoDate(ctx.now());
  refuse('occurredOn', checkNotFuture(input.occurredOn, today));
  refuse('handledOn', checkNotFuture(input.handledOn, today));
  refuse('handledOn', checkHandledOn(input.occurredOn, input.handledOn));
  refuse('form', checkHandled(input.status, input.form, input.handledOn));
  refuse('form', checkFormFor(offender, input.form));
  refuse('decisionNumber', checkDecisionNumber(input.status, input.form, input.decisionNumber, offender));
}

function audit(
  ctx: ApiContext,
  id: string,
  action: AuditAction,
  before: DisciplineBreach | null,
  after: DisciplineBreach,
) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'discipline_breach',
    entityId: id,
    action,
    before,
    after,
  });
}

export function createBreach(ctx: ApiContext, input: BreachCreateInput): DisciplineBreach {
  return inTransaction(ctx, () => {
    checkBreach(ctx, input);
    const id = repo.insertBreach(ctx.db, input, timestamp(ctx.now()));
    const after = getBreach(ctx, id);
    audit(ctx, id, 'create', null, after);
    return after;
  });
}

export function updateBreach(ctx: ApiContext, input: BreachUpdateInput): DisciplineBreach {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = getBreach(ctx, id);
    checkBreach(ctx, fields);
    mustBeCurrent(repo.updateBreach(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = getBreach(ctx, id);
    audit(ctx, id, 'update', before, after);
    return after;
  });
}

/** Breaches dated in [from, to]: by force; handled by `to` (decision on or before it), by form. */
export function disciplineFigures(ctx: ApiContext, range: { from: string; to: string }): DisciplineFigures {
  const forces = repo.countByForce(ctx.db, range);
  const forms = repo.handledByForm(ctx.db, range);
  const byForce = Object.fromEntries(
    disciplineForces.map((f) => [f, forces.find((r) => r.force === f)?.n ?? 0]),
  ) as DisciplineFigures['byForce'];
  const byForm: DisciplineFigures['byForm'] = {};
  for (const form of handlingForms) {
    const n = forms.find((r) => r.form === form)?.n ?? 0;
    if (n > 0) byForm[form] = n;
  }
  return {
    total: forces.reduce((sum, r) => sum + r.n, 0),
    byForce,
    handled: forms.reduce((sum, r) => sum + r.n, 0),
    byForm,
  };
}
