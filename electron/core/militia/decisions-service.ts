import { writeAudit, type AuditAction } from '../db/audit';
import { pageWindow } from '../db/paging';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { vi } from '../messages/vi';
import { getPerson } from '../people';
import * as repo from './decisions-repository';
import type { MilitiaDecision, MilitiaDecisionPage, MilitiaWarning } from './public-types';
import { checkMilitiaDecisions, checkSelectionStandards } from './rules';
import type { DecisionCreateInput, DecisionListInput, DecisionUpdateInput } from './schema';

/** Deferral and exemption decisions on militia duty (Art. 11 Luật DQTV 48/2019). */
export function getDecision(ctx: ApiContext, id: string): MilitiaDecision {
  return mustExist(repo.findDecision(ctx.db, id));
}

export function listDecisions(ctx: ApiContext, input: DecisionListInput): MilitiaDecisionPage {
  const { limit, offset } = pageWindow(input);
  const { rows, total } = repo.queryDecisions(ctx.db, { ...input, limit, offset });
  return { rows, total, page: input.page, pageSize: input.pageSize };
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'militia_decision',
    entityId: id,
    action,
    before,
    after: repo.findDecision(ctx.db, id),
  });
}

const values = ({
  kind,
  point,
  decidedOn,
  decidedBy,
  validUntil,
  notes,
}: repo.DecisionValues): repo.DecisionValues => ({
  kind,
  point,
  decidedOn,
  decidedBy,
  validUntil,
  notes,
});

export function createDecision(ctx: ApiContext, input: DecisionCreateInput): MilitiaDecision {
  return inTransaction(ctx, () => {
    const person = getPerson(ctx, input.personId);
    if (person.archivedAt) throw ApiError.fields({ personId: vi.militia.membership.personArchived });
    const id = repo.insertDecision(ctx.db, person.id, values(input), timestamp(ctx.now()));
    audit(ctx, id, 'create', null);
    return getDecision(ctx, id);
  });
}

export function updateDecision(ctx: ApiContext, input: DecisionUpdateInput): MilitiaDecision {
  return inTransaction(ctx, () => {
    const before = getDecision(ctx, input.id);
    mustBeCurrent(repo.updateDecision(ctx.db, input.id, input.version, values(input), timestamp(ctx.now())));
    audit(ctx, input.id, 'update', before);
    return getDecision(ctx, input.id);
  });
}

/** Art. 11 refuses admission while a deferral holds on the start date, or at all after an exemption. */
export function checkDecisionsOnAdmission(
  ctx: ApiContext,
  person: { id: string; fullName: string },
  startedOn: string,
) {
  const rule = checkMilitiaDecisions(person, repo.decisionsOf(ctx.db, person.id), startedOn);
  if (!rule.ok) throw ApiError.fields({ personId: rule.message }, rule.code, rule.message);
}

/**
 * What the admission dialog shows once a person and start date are picked: Art. 11's refusal (if
 * any) before the user saves, and Art. 10's reminder of the selection standards the program does not hold.
 */
export function admissionCheck(
  ctx: ApiContext,
  input: { personId: string; startedOn: string },
): { refusal: string | null; warnings: MilitiaWarning[] } {
  const person = getPerson(ctx, input.personId);
  const rule = checkMilitiaDecisions(person, repo.decisionsOf(ctx.db, person.id), input.startedOn);
  const standards = checkSelectionStandards(repo.latestHealthClass(ctx.db, person.id));
  return {
    refusal: rule.ok ? null : rule.message,
    warnings: standards.ok ? [] : [{ code: standards.code, message: standards.message }],
  };
}
