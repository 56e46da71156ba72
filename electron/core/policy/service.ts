import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import type { FocusAnswer } from '../db/paging';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { format, vi } from '../messages/vi';
import { findPerson } from '../people';
import { formatDisplayDate, localIsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import * as cases from './case-repository';
import type {
  FamilySupport,
  FamilySupportPage,
  PolicyCase,
  PolicyCasePage,
  PolicySoldierOption,
  Returnee,
  ReturneePage,
} from './public-types';
import * as returnees from './returnee-repository';
import {
  checkCaseDates,
  checkRegisteredAfterDischarge,
  checkRegistrationTime,
  checkReturnAfterDischarge,
  checkSupportAfterDischarge,
  registrationDeadline,
} from './rules';
import type {
  CaseCreateInput,
  CaseUpdateInput,
  PolicyListInput,
  ReturneeCreateInput,
  ReturneeUpdateInput,
  SoldierSearchInput,
  SupportCreateInput,
  SupportUpdateInput,
} from './schema';
import { searchSoldiers } from './soldier-repository';
import * as supports from './support-repository';

/* The policy work's use cases: rules, then the rows and their audit entry in one transaction. */

function refuse(field: string, rule: RuleResult): void {
  if (!rule.ok && rule.severity === 'error') throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

/** The person must be in the register (a stale or made-up id is refused on its field). */
function mustBePerson(ctx: ApiContext, field: string, personId: string, on: string): void {
  if (findPerson(ctx.db, personId, on)) return;
  const message = vi.errors.RULE_POLICY_PERSON_UNKNOWN;
  throw ApiError.fields({ [field]: message }, 'RULE_POLICY_PERSON_UNKNOWN', message);
}

function audit(ctx: ApiContext, entity: string, id: string, action: AuditAction, before: unknown, after: unknown) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity, entityId: id, action, before, after });
}

const page = <T>(q: PolicyListInput, found: { rows: T[]; total: number } & FocusAnswer) => ({
  ...found,
  pageSize: q.pageSize,
});

export const findSoldiers = (ctx: ApiContext, q: SoldierSearchInput): PolicySoldierOption[] =>
  searchSoldiers(ctx.db, q);

// Family supports.

export const listSupports = (ctx: ApiContext, q: PolicyListInput): FamilySupportPage =>
  page(q, supports.listSupports(ctx.db, q));

export function createSupport(ctx: ApiContext, input: SupportCreateInput): FamilySupport {
  return inTransaction(ctx, () => {
    mustBePerson(ctx, 'personId', input.personId, input.supportOn);
    const id = supports.insertSupport(ctx.db, input, timestamp(ctx.now()));
    const after = mustExist(supports.findSupport(ctx.db, id));
    audit(ctx, 'policy_family_support', id, 'create', null, after);
    return after;
  });
}

export function updateSupport(ctx: ApiContext, input: SupportUpdateInput): FamilySupport {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = mustExist(supports.findSupport(ctx.db, id));
    mustBePerson(ctx, 'personId', fields.personId, fields.supportOn);
    mustBeCurrent(supports.updateSupport(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = mustExist(supports.findSupport(ctx.db, id));
    audit(ctx, 'policy_family_support', id, 'update', before, after);
    return after;
  });
}

export function deleteSupport(ctx: ApiContext, id: string, version: number): void {
  inTransaction(ctx, () => {
    const before = mustExist(supports.findSupport(ctx.db, id));
    mustBeCurrent(supports.deleteSupport(ctx.db, id, version));
    audit(ctx, 'policy_family_support', id, 'delete', before, null);
  });
}

// Returning soldiers.

/** The stored returnee with his registration deadline and, when late or overdue today, the warning. */
function withDeadline(ctx: ApiContext, r: returnees.StoredReturnee): Returnee {
  const check = checkRegistrationTime(r.returnedOn, r.reserveRegisteredOn, localIsoDate(ctx.now()));
  return {
    ...r,
    registrationDeadline: registrationDeadline(r.returnedOn),
    registrationWarning: check.ok ? null : check.message,
  };
}

export function getReturnee(ctx: ApiContext, id: string): Returnee {
  return withDeadline(ctx, mustExist(returnees.findReturnee(ctx.db, id)));
}

export function listReturnees(ctx: ApiContext, q: PolicyListInput): ReturneePage {
  const found = returnees.listReturnees(ctx.db, q);
  return page(q, { ...found, rows: found.rows.map((r) => withDeadline(ctx, r)) });
}

/** The returnee's own rules: person, date order, no second record of the same discharge. */
function checkReturnee(ctx: ApiContext, input: ReturneeCreateInput, id: string | null): void {
  mustBePerson(ctx, 'personId', input.personId, input.returnedOn);
  refuse('returnedOn', checkReturnAfterDischarge(input.dischargedOn, input.returnedOn));
  refuse('reserveRegisteredOn', checkRegisteredAfterDischarge(input.dischargedOn, input.reserveRegisteredOn));
  if (returnees.findSameDischarge(ctx.db, input.personId, input.dischargedOn, id)) {
    const message = format(vi.errors.RULE_POLICY_RETURNEE_DUPLICATE, {
      dischargedOn: formatDisplayDate(input.dischargedOn),
    });
    throw ApiError.fields({ personId: message }, 'RULE_POLICY_RETURNEE_DUPLICATE', message);
  }
}

/**
 * The support lines become exactly `input.supports`, each checked as written; a refused line (named
 * supports.<n>.<field>) rolls back the caller's transaction, the returnee and the lines before it.
 */
function writeSupportLines(ctx: ApiContext, id: string, input: ReturneeCreateInput): void {
  returnees.deleteSupports(ctx.db, id);
  const at = timestamp(ctx.now());
  input.supports.forEach((line, index) => {
    refuse(`supports.${index}.supportOn`, checkSupportAfterDischarge(input.dischargedOn, line.supportOn));
    returnees.insertSupportLine(ctx.db, id, index, line, at);
  });
}

export function createReturnee(ctx: ApiContext, input: ReturneeCreateInput): Returnee {
  return inTransaction(ctx, () => {
    checkReturnee(ctx, input, null);
    const { supports: _lines, ...fields } = input;
    const id = returnees.insertReturnee(ctx.db, fields, timestamp(ctx.now()));
    writeSupportLines(ctx, id, input);
    const after = getReturnee(ctx, id);
    audit(ctx, 'policy_returnee', id, 'create', null, after);
    return after;
  });
}

export function updateReturnee(ctx: ApiContext, input: ReturneeUpdateInput): Returnee {
  return inTransaction(ctx, () => {
    const { id, version, supports: _lines, ...fields } = input;
    const before = getReturnee(ctx, id);
    checkReturnee(ctx, input, id);
    mustBeCurrent(returnees.updateReturnee(ctx.db, id, version, fields, timestamp(ctx.now())));
    writeSupportLines(ctx, id, input);
    const after = getReturnee(ctx, id);
    audit(ctx, 'policy_returnee', id, 'update', before, after);
    return after;
  });
}

/** The returnee and his support lines go together (the lines cascade). */
export function deleteReturnee(ctx: ApiContext, id: string, version: number): void {
  inTransaction(ctx, () => {
    const before = getReturnee(ctx, id);
    mustBeCurrent(returnees.deleteReturnee(ctx.db, id, version));
    audit(ctx, 'policy_returnee', id, 'delete', before, null);
  });
}

// Other policy cases.

export const listCases = (ctx: ApiContext, q: PolicyListInput): PolicyCasePage => page(q, cases.listCases(ctx.db, q));

function checkCase(ctx: ApiContext, input: CaseCreateInput): void {
  if (input.personId !== null) mustBePerson(ctx, 'personId', input.personId, input.receivedOn);
  const dates = checkCaseDates(input.outcome, input.receivedOn, input.resolvedOn);
  refuse('resolvedOn', dates);
}

export function createCase(ctx: ApiContext, input: CaseCreateInput): PolicyCase {
  return inTransaction(ctx, () => {
    checkCase(ctx, input);
    const id = cases.insertCase(ctx.db, input, timestamp(ctx.now()));
    const after = mustExist(cases.findCase(ctx.db, id));
    audit(ctx, 'policy_case', id, 'create', null, after);
    return after;
  });
}

export function updateCase(ctx: ApiContext, input: CaseUpdateInput): PolicyCase {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = mustExist(cases.findCase(ctx.db, id));
    checkCase(ctx, fields);
    mustBeCurrent(cases.updateCase(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = mustExist(cases.findCase(ctx.db, id));
    audit(ctx, 'policy_case', id, 'update', before, after);
    return after;
  });
}

export function deleteCase(ctx: ApiContext, id: string, version: number): void {
  inTransaction(ctx, () => {
    const before = mustExist(cases.findCase(ctx.db, id));
    mustBeCurrent(cases.deleteCase(ctx.db, id, version));
    audit(ctx, 'policy_case', id, 'delete', before, null);
  });
}
