import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { localityExists } from '../localities';
import { vi } from '../messages/vi';
import { listUnits } from '../militia';
import { localIsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import { RENEWAL_TOPICS, UNIT_KINDS_WITH_ID, sessionKinds } from './constants';
import type {
  PoliticalEducationFigures,
  PoliticalSession,
  PoliticalSessionPage,
  PoliticalUnitFigures,
} from './public-types';
import * as repo from './repository';
import { checkAttendance, checkHeldOn } from './rules';
import type { SessionCreateInput, SessionListInput, SessionUpdateInput } from './schema';

function refuse(field: string, rule: Extract<RuleResult, { ok: false }>): never {
  throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

function refuseCode(field: string, code: 'RULE_POLEDU_UNIT_NOT_FOUND' | 'RULE_POLEDU_UNIT_ID_KIND'): never {
  throw ApiError.fields({ [field]: vi.errors[code] }, code, vi.errors[code]);
}

export function getSession(ctx: ApiContext, id: string): PoliticalSession {
  return mustExist(repo.findSession(ctx.db, id));
}

export function listSessions(ctx: ApiContext, input: SessionListInput): PoliticalSessionPage {
  return { ...repo.listSessions(ctx.db, input), pageSize: input.pageSize };
}

/** The unit picked from a register exists there; a reserve unit or the staff is named, not picked. */
function checkUnit(ctx: ApiContext, input: SessionCreateInput): void {
  if (input.unitId === null) return;
  if (!UNIT_KINDS_WITH_ID.includes(input.unitKind)) refuseCode('unitId', 'RULE_POLEDU_UNIT_ID_KIND');
  const found =
    input.unitKind === 'militia'
      ? listUnits(ctx.db, input.heldOn, true).some((u) => u.id === input.unitId)
      : localityExists(ctx.db, input.unitId);
  if (!found) refuseCode('unitId', 'RULE_POLEDU_UNIT_NOT_FOUND');
}

function checkSession(ctx: ApiContext, input: SessionCreateInput): void {
  const held = checkHeldOn(input.heldOn, localIsoDate(ctx.now()));
  if (!held.ok) refuse('heldOn', held);
  const attendance = checkAttendance(input.planned, input.present);
  if (!attendance.ok) refuse('present', attendance);
  checkUnit(ctx, input);
}

function audit(
  ctx: ApiContext,
  id: string,
  action: AuditAction,
  before: PoliticalSession | null,
  after: PoliticalSession,
) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'political_session',
    entityId: id,
    action,
    before,
    after,
  });
}

export function createSession(ctx: ApiContext, input: SessionCreateInput): PoliticalSession {
  return inTransaction(ctx, () => {
    checkSession(ctx, input);
    const id = repo.insertSession(ctx.db, input, timestamp(ctx.now()));
    const after = getSession(ctx, id);
    audit(ctx, id, 'create', null, after);
    return after;
  });
}

export function updateSession(ctx: ApiContext, input: SessionUpdateInput): PoliticalSession {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = getSession(ctx, id);
    checkSession(ctx, fields);
    mustBeCurrent(repo.updateSession(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = getSession(ctx, id);
    audit(ctx, id, 'update', before, after);
    return after;
  });
}

const UNIT_KIND_ORDER = { militia: 1, reserve: 2, staff: 3, locality: 4 } as const;
const collator = new Intl.Collator('vi');
/** Militia units, reserve units, the staff, then the localities; each in Vietnamese alphabetical order. */
const byKindThenName = (a: PoliticalUnitFigures, b: PoliticalUnitFigures) =>
  UNIT_KIND_ORDER[a.unitKind] - UNIT_KIND_ORDER[b.unitKind] || collator.compare(a.unitName, b.unitName);

/** Sessions and attendance over [from, to] (inclusive): in total, per kind, under the renewal project, per unit. */
export function politicalEducationFigures(
  ctx: ApiContext,
  range: { from: string; to: string },
): PoliticalEducationFigures {
  const kinds = repo.totalsByKind(ctx.db, range);
  const byKind = Object.fromEntries(
    sessionKinds.map((k) => [k, kinds.find((r) => r.kind === k)?.n ?? 0]),
  ) as PoliticalEducationFigures['byKind'];
  return {
    sessions: kinds.reduce((sum, r) => sum + r.n, 0),
    planned: kinds.reduce((sum, r) => sum + r.planned, 0),
    present: kinds.reduce((sum, r) => sum + r.present, 0),
    byKind,
    renewal: repo.countWithTopics(ctx.db, range, RENEWAL_TOPICS),
    byUnit: repo.totalsByUnit(ctx.db, range).sort(byKindThenName),
  };
}
