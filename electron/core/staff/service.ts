import type { ApiContext } from '../kernel/context';
import { ApiError, fromZodError, mustBeCurrent, mustExist, vietnameseIssueMessage } from '../kernel/errors';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import { officeProfileInput, type OfficeProfile } from '../office';
import { getOfficeProfile, saveOfficeProfile } from '../office';
import { getPerson } from '../people';
import { localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import * as repo from './repository';
import { checkSignerCount, checkStaffEnd, checkStaffStart } from './rules';
import type { StaffCreateInput, StaffFields, StaffMember, StaffUpdateInput } from './schema';

/** The office profile's schema keeps at most this many signers (office/schema.ts). */
const MAX_SIGNERS = 10;

export function listStaff(ctx: ApiContext, includeEnded: boolean): StaffMember[] {
  return repo.listStaff(ctx.db, includeEnded);
}

export function getStaff(ctx: ApiContext, id: string): StaffMember {
  return mustExist(repo.findStaff(ctx.db, id));
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: StaffMember | null, after: StaffMember) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity: 'staff_member', entityId: id, action, before, after });
}

function checkFields(ctx: ApiContext, fields: StaffFields): void {
  const start = checkStaffStart(fields.startedOn, localIsoDate(ctx.now()));
  if (!start.ok) throw ApiError.fields({ startedOn: start.message });
}

/** One active staff row per person: a second one is refused with the position already held. */
function mustBeFreeToJoin(ctx: ApiContext, personId: string, excludeId?: string): void {
  const active = repo.findActiveStaffOf(ctx.db, personId, excludeId);
  if (active) throw ApiError.of('STAFF_ALREADY_ACTIVE', { position: active.position });
}

export function createStaff(ctx: ApiContext, input: StaffCreateInput): StaffMember {
  return inTransaction(ctx, () => {
    const { personId, ...fields } = input;
    const person = getPerson(ctx, personId);
    if (person.archivedAt) throw ApiError.of('STAFF_PERSON_ARCHIVED');
    mustBeFreeToJoin(ctx, personId);
    checkFields(ctx, fields);
    const id = repo.insertStaff(ctx.db, personId, fields, timestamp(ctx.now()));
    const after = getStaff(ctx, id);
    audit(ctx, id, 'create', null, after);
    return after;
  });
}

export function updateStaff(ctx: ApiContext, input: StaffUpdateInput): StaffMember {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = getStaff(ctx, id);
    if (before.endedOn !== null) throw ApiError.of('STAFF_NOT_ACTIVE');
    checkFields(ctx, fields);
    mustBeCurrent(repo.updateStaff(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = getStaff(ctx, id);
    audit(ctx, id, 'update', before, after);
    return after;
  });
}

/** Leaving the office: the row stays (with its date) so the person's service history keeps it. */
export function endStaff(ctx: ApiContext, id: string, version: number, endedOn: string): StaffMember {
  return inTransaction(ctx, () => {
    const before = getStaff(ctx, id);
    if (before.endedOn !== null) throw ApiError.of('STAFF_NOT_ACTIVE');
    const rule = checkStaffEnd(before.startedOn, endedOn, localIsoDate(ctx.now()));
    if (!rule.ok) throw ApiError.fields({ endedOn: rule.message });
    mustBeCurrent(repo.setEndedOn(ctx.db, id, version, endedOn, timestamp(ctx.now())));
    const after = getStaff(ctx, id);
    // The audit's word for leaving a working list (as for people).
    audit(ctx, id, 'archive', before, after);
    return after;
  });
}

/** Back to work (a leaving recorded by mistake), unless the person has joined again since. */
export function restoreStaff(ctx: ApiContext, id: string, version: number): StaffMember {
  return inTransaction(ctx, () => {
    const before = getStaff(ctx, id);
    if (before.endedOn === null) return before;
    mustBeFreeToJoin(ctx, before.personId, id);
    mustBeCurrent(repo.setEndedOn(ctx.db, id, version, null, timestamp(ctx.now())));
    const after = getStaff(ctx, id);
    audit(ctx, id, 'restore', before, after);
    return after;
  });
}

/**
 * Writes the office profile's signers from the active staff who sign, in list
 * order, so documents print the current commander's rank and name. The profile
 * is saved through the office service (its version check and audit), in the
 * same transaction.
 */
export function syncSigners(ctx: ApiContext): OfficeProfile {
  return inTransaction(ctx, () => {
    const profile = getOfficeProfile(ctx);
    if (!profile) throw ApiError.of('OFFICE_NOT_SET');
    const signers = repo.listActiveSigners(ctx.db);
    const count = checkSignerCount(signers.length, MAX_SIGNERS);
    if (!count.ok) throw new ApiError(count.code, count.message);
    const parsed = officeProfileInput.safeParse(
      {
        name: profile.name,
        parentBody: profile.parentBody,
        placeName: profile.placeName,
        symbol: profile.symbol,
        signers: signers.map((s) => ({ role: s.signerRole, title: s.signerTitle, rank: s.rank, name: s.fullName })),
        version: profile.version,
      },
      { error: vietnameseIssueMessage },
    );
    if (!parsed.success) throw fromZodError(parsed.error);
    return saveOfficeProfile(ctx, parsed.data);
  });
}
