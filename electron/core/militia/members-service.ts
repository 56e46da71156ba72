import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import { format, vi } from '../messages/vi';
import { getPerson } from '../people';
import { addYears, ageOn, formatDisplayDate, localIsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import { inTransaction } from '../kernel/transaction';
import { AGE_BAND_RANGES } from './constants';
import { checkDecisionsOnAdmission } from './decisions-service';
import * as repo from './members-repository';
import type { MilitiaMember, MilitiaMemberPage, MilitiaUnit, MilitiaWarning } from './public-types';
import {
  ageLimitDate,
  checkAgeLimit,
  checkExtension,
  extensionGround,
  extensionLimit,
  checkMilitiaAge,
  checkTermEnding,
  maxAgeFor,
  serviceEndsOn,
  termEndsOn,
  termSoonCutoff,
} from './rules';
import type { MemberCreateInput, MemberListInput, MemberUpdateInput } from './schema';
import { subtreeIds } from './units-repository';
import { mustFindUnit } from './units-service';

const today = (ctx: ApiContext) => localIsoDate(ctx.now());

/** The warnings a user acts on: term (extension) ending or over, age limit passed or reached before the end. */
export function memberWarnings(
  m: Pick<MilitiaMember, 'birthDate' | 'sex' | 'volunteer' | 'termEndsOn' | 'extendedUntil' | 'endedOn'>,
  on: string,
): MilitiaWarning[] {
  if (m.endedOn !== null) return [];
  const endsOn = serviceEndsOn(m);
  const results: RuleResult[] = [checkTermEnding(endsOn, on), checkAgeLimit({ ...m, endsOn }, on)];
  return results.flatMap((r) => (r.ok ? [] : [{ code: r.code, message: r.message }]));
}

/** What Art. 8(2)'s extension rule needs about a membership: its term end, the person's age limit and the ground. */
function extensionFacts(row: repo.MemberRow, termEnds: string) {
  return {
    termEndsOn: termEnds,
    birthDate: row.birthDate,
    sex: row.sex,
    volunteer: row.volunteer,
    ground: extensionGround(row),
  };
}

function view(row: repo.MemberRow, on: string): MilitiaMember {
  const facts = extensionFacts(row, row.termEndsOn);
  return {
    ...row,
    extensionGround: facts.ground,
    extensionMaxDate: extensionLimit(facts),
    age: ageOn(row.birthDate, on),
    maxAge: maxAgeFor(row.sex, row.volunteer),
    ageLimitDate: ageLimitDate(row.birthDate, row.sex, row.volunteer),
    warnings: memberWarnings(row, on),
  };
}

export function getMember(ctx: ApiContext, id: string): MilitiaMember {
  const row = mustExist(repo.findMember(ctx.db, id, today(ctx)));
  return view(row, today(ctx));
}

export function listMembers(ctx: ApiContext, input: MemberListInput): MilitiaMemberPage {
  const on = today(ctx);
  const band = input.ageBand ? AGE_BAND_RANGES[input.ageBand] : undefined;
  const { rows, ...page } = repo.queryMembers(ctx.db, {
    asOf: on,
    search: input.search,
    localityId: input.localityId,
    unitIds: input.unitId ? subtreeIds(ctx.db, input.unitId) : undefined,
    component: input.component,
    position: input.position,
    force: input.force,
    bornOnOrBefore: band ? addYears(on, -band[0]) : undefined,
    bornAfter: band && band[1] !== null ? addYears(on, -(band[1] + 1)) : undefined,
    endsBy: input.termEndingSoon ? termSoonCutoff(on) : undefined,
    status: input.status,
    page: input.page,
    pageSize: input.pageSize,
    focusId: input.focusId,
  });
  return { rows: rows.map((r) => view(r, on)), ...page, pageSize: input.pageSize };
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'militia_membership',
    entityId: id,
    action,
    before,
    after: repo.findMember(ctx.db, id, today(ctx)),
  });
}

function activeUnit(ctx: ApiContext, unitId: string): MilitiaUnit {
  const unit = mustFindUnit(ctx, unitId);
  if (unit.retiredOn) {
    const message = vi.errors.RULE_MILITIA_UNIT_RETIRED;
    throw ApiError.fields({ unitId: message }, 'RULE_MILITIA_UNIT_RETIRED', message);
  }
  return unit;
}

function checkAge(person: { birthDate: string; sex: 'M' | 'F' }, input: { startedOn: string; volunteer: boolean }) {
  const rule = checkMilitiaAge(person.birthDate, person.sex, input.startedOn, input.volunteer);
  if (!rule.ok) throw ApiError.fields({ startedOn: rule.message }, rule.code, rule.message);
}

export function createMember(ctx: ApiContext, input: MemberCreateInput): MilitiaMember {
  return inTransaction(ctx, () => {
    const person = getPerson(ctx, input.personId);
    if (person.archivedAt) throw ApiError.fields({ personId: vi.militia.membership.personArchived });
    const current = repo.activeMembershipOf(ctx.db, person.id, today(ctx));
    if (current) {
      const message = format(vi.militia.membership.alreadyMember, {
        name: person.fullName,
        unit: `${current.unitName} (${current.placeName})`,
        startedOn: formatDisplayDate(current.startedOn),
      });
      throw ApiError.fields({ personId: message }, 'CONFLICT_MILITIA_MEMBERSHIP', message);
    }
    const unit = activeUnit(ctx, input.unitId);
    checkAge(person, input);
    checkDecisionsOnAdmission(ctx, person, input.startedOn);
    const id = repo.insertMember(
      ctx.db,
      person.id,
      { ...input, termEndsOn: termEndsOn(input.startedOn, unit.component) },
      timestamp(ctx.now()),
    );
    audit(ctx, id, 'create', null);
    return getMember(ctx, id);
  });
}

function mustFindActive(ctx: ApiContext, id: string): repo.MemberRow {
  const row = mustExist(repo.findMember(ctx.db, id, today(ctx)));
  if (row.endedOn) throw ApiError.of('RULE_MILITIA_MEMBERSHIP_ENDED');
  return row;
}

export function updateMember(ctx: ApiContext, input: MemberUpdateInput): MilitiaMember {
  return inTransaction(ctx, () => {
    const before = mustFindActive(ctx, input.id);
    const unit = input.unitId === before.unitId ? mustFindUnit(ctx, input.unitId) : activeUnit(ctx, input.unitId);
    checkAge(before, input);
    const ends = termEndsOn(input.startedOn, unit.component);
    if (before.extendedUntil) {
      // Judged as the membership will stand after the change: its new unit, position and volunteering.
      const after = {
        ...before,
        force: unit.force,
        component: unit.component,
        position: input.position,
        volunteer: input.volunteer,
      };
      const rule = checkExtension(extensionFacts(after, ends), before.extendedUntil);
      if (!rule.ok) throw ApiError.fields({ startedOn: rule.message }, rule.code, rule.message);
    }
    mustBeCurrent(
      repo.updateMember(ctx.db, input.id, input.version, { ...input, termEndsOn: ends }, timestamp(ctx.now())),
    );
    audit(ctx, input.id, 'update', before);
    return getMember(ctx, input.id);
  });
}

/** Records (or with null, removes) an extension past the term end: Art. 8(2), 2 years at most, longer for its exceptions. */
export function extendMember(
  ctx: ApiContext,
  input: { id: string; version: number; extendedUntil: string | null },
): MilitiaMember {
  return inTransaction(ctx, () => {
    const before = mustFindActive(ctx, input.id);
    if (input.extendedUntil !== null) {
      const rule = checkExtension(extensionFacts(before, before.termEndsOn), input.extendedUntil);
      if (!rule.ok) throw ApiError.fields({ extendedUntil: rule.message }, rule.code, rule.message);
    }
    mustBeCurrent(repo.setExtension(ctx.db, input.id, input.version, input.extendedUntil, timestamp(ctx.now())));
    audit(ctx, input.id, 'update', before);
    return getMember(ctx, input.id);
  });
}

/** Ends a membership: `endedOn` is the first day the person is no longer a member. */
export function endMember(
  ctx: ApiContext,
  input: { id: string; version: number; endedOn: string; endReason: string },
): MilitiaMember {
  return inTransaction(ctx, () => {
    const before = mustFindActive(ctx, input.id);
    if (input.endedOn < before.startedOn) {
      const message = vi.errors.RULE_MILITIA_END_DATE;
      throw ApiError.fields({ endedOn: message }, 'RULE_MILITIA_END_DATE', message);
    }
    mustBeCurrent(
      repo.endMember(ctx.db, input.id, input.version, input.endedOn, input.endReason, timestamp(ctx.now())),
    );
    audit(ctx, input.id, 'update', before);
    return getMember(ctx, input.id);
  });
}
