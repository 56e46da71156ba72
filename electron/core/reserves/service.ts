import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { type AuditAction, writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import { statement } from '../db/statements';
import { format, vi } from '../messages/vi';
import { ageOn, formatDisplayDate, type IsoDate, localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import * as conscripts from './conscript-repository';
import * as repo from './repository';
import { checkRankForCategory, checkServiceAge, checkSpecialtyMatch } from './rules';
import type {
  FromConscriptInput,
  HandedOverConscript,
  Reservist,
  ReservistCreateInput,
  ReservistFields,
  ReservistListInput,
  ReservistPage,
  ReservistUpdateInput,
  RuleWarning,
} from './schema';
import { usableSpecialty } from './specialty-service';
import * as units from './unit-repository';

const today = (ctx: ApiContext) => localIsoDate(ctx.now());

/** The rules' findings for a reservist as they stand: past the age limit, a specialty not matching the slot. */
export function reservistWarnings(r: repo.ReservistRecord, on: IsoDate): RuleWarning[] {
  if (r.removedOn) return [];
  const results = [checkServiceAge(r, on)];
  if (r.assignment) {
    const label = (code: string | null, name: string | null) => (code === null ? null : `${code} – ${name}`);
    results.push(
      checkSpecialtyMatch(
        { specialtyId: r.specialtyId, specialtyLabel: label(r.specialtyCode, r.specialtyName) },
        {
          specialtyId: r.assignment.slotSpecialtyId,
          specialtyLabel: label(r.assignment.slotSpecialtyCode, r.assignment.slotSpecialtyName)!,
          title: r.assignment.slotTitle,
        },
      ),
    );
  }
  return results.flatMap((x) => (x.ok ? [] : [{ code: x.code, message: x.message }]));
}

function toReservist(r: repo.ReservistRecord, on: IsoDate): Reservist {
  const { assignment, ...rest } = r;
  return {
    ...rest,
    age: ageOn(r.birthDate, on),
    assignment: assignment && {
      id: assignment.id,
      slotId: assignment.slotId,
      slotTitle: assignment.slotTitle,
      slotSpecialtyId: assignment.slotSpecialtyId,
      unitId: assignment.unitId,
      unitName: assignment.unitName,
      unitKind: assignment.unitKind,
      assignedOn: assignment.assignedOn,
      version: assignment.version,
    },
    warnings: reservistWarnings(r, on),
  };
}

export function getReservist(ctx: ApiContext, id: string): Reservist {
  const found = mustExist(repo.findReservist(ctx.db, id, today(ctx)));
  return toReservist(found, today(ctx));
}

export function listReservists(ctx: ApiContext, input: ReservistListInput): ReservistPage {
  const on = today(ctx);
  const { rows, ...page } = repo.queryReservists(ctx.db, input, on);
  return { rows: rows.map((r) => toReservist(r, on)), ...page, pageSize: input.pageSize };
}

export function conscriptCandidates(ctx: ApiContext, input: { search: string; page: number; pageSize: number }) {
  const { rows, total } = conscripts.handedOverCandidates(ctx.db, input);
  return { rows: rows satisfies HandedOverConscript[], total, page: input.page, pageSize: input.pageSize };
}

/** Checks what the schema cannot: rank for the category, a usable specialty, dates in order and not ahead of today. */
function checkFields(ctx: ApiContext, f: ReservistFields, previousSpecialtyId?: string | null): void {
  const rank = checkRankForCategory(f.category, f.rank);
  if (!rank.ok) throw new ApiError(rank.code, rank.message, { rank: rank.message });
  if (f.specialtyId) usableSpecialty(ctx, f.specialtyId, 'specialtyId', previousSpecialtyId);
  if (f.serviceFrom && f.serviceTo && f.serviceTo < f.serviceFrom) {
    throw ApiError.fields({ serviceTo: vi.reserves.rules.serviceDates });
  }
  if (f.registeredOn > today(ctx)) throw ApiError.fields({ registeredOn: vi.field.dateInFuture });
}

function checkPerson(ctx: ApiContext, personId: string): void {
  const person = statement(ctx.db, `SELECT archived_at FROM people WHERE id = ?`).get(personId) as
    { archived_at: string | null } | undefined;
  if (!person) throw ApiError.fields({ personId: vi.errors.NOT_FOUND });
  if (person.archived_at) {
    throw new ApiError('RESERVE_PERSON_ARCHIVED', vi.errors.RESERVE_PERSON_ARCHIVED, {
      personId: vi.errors.RESERVE_PERSON_ARCHIVED,
    });
  }
  if (repo.reservistIdOfPerson(ctx.db, personId)) {
    throw new ApiError('RESERVIST_EXISTS', vi.errors.RESERVIST_EXISTS, { personId: vi.errors.RESERVIST_EXISTS });
  }
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: Reservist | null, after: Reservist) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity: 'reservist', entityId: id, action, before, after });
}

function insert(ctx: ApiContext, personId: string, f: ReservistFields, sourceRecordId: string | null): Reservist {
  checkPerson(ctx, personId);
  checkFields(ctx, f);
  const id = repo.insertReservist(ctx.db, personId, f, sourceRecordId, timestamp(ctx.now()));
  const after = getReservist(ctx, id);
  audit(ctx, id, 'create', null, after);
  return after;
}

/** Registers a person of the register as a reservist (one row per person). */
export function createReservist(ctx: ApiContext, input: ReservistCreateInput): Reservist {
  return inTransaction(ctx, () => {
    const { personId, ...fields } = input;
    return insert(ctx, personId, fields, null);
  });
}

/**
 * NVQS Art. 24: a demobilised soldier is a grade-1 reservist. In one action, the
 * conscript's handover record becomes a reservist: the receiving unit as former
 * unit, the handover day as the start of service, the record kept as the source.
 */
export function reservistFromConscript(ctx: ApiContext, input: FromConscriptInput): Reservist {
  return inTransaction(ctx, () => {
    const record = mustExist(conscripts.findConscriptionRecord(ctx.db, input.recordId));
    if (record.state !== 'handed_over') throw ApiError.of('RESERVE_RECORD_NOT_HANDED_OVER');
    return insert(
      ctx,
      record.personId,
      {
        category: 'soldier',
        grade: 1,
        rank: input.rank,
        specialtyId: input.specialtyId,
        formerUnit: record.receivingUnit,
        serviceFrom: record.handedOverOn,
        serviceTo: input.serviceTo,
        registeredOn: input.registeredOn ?? today(ctx),
        notes: '',
      },
      record.id,
    );
  });
}

export function updateReservist(ctx: ApiContext, input: ReservistUpdateInput): Reservist {
  return inTransaction(ctx, () => {
    const before = getReservist(ctx, input.id);
    const { id, version, ...fields } = input;
    checkFields(ctx, fields, before.specialtyId);
    mustBeCurrent(repo.updateReservist(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = getReservist(ctx, id);
    audit(ctx, id, 'update', before, after);
    return after;
  });
}

/** Removal from the list (past the age limit, moved away, ill…) ends the reservist's current assignment the same day. */
export function removeReservist(
  ctx: ApiContext,
  input: { id: string; version: number; removedOn: string; reason: string },
): Reservist {
  return inTransaction(ctx, () => {
    const before = getReservist(ctx, input.id);
    if (before.removedOn) throw ApiError.of('RESERVIST_REMOVED');
    if (input.removedOn > today(ctx)) throw ApiError.fields({ removedOn: vi.field.dateInFuture });
    if (input.removedOn < before.registeredOn) {
      const message = format(vi.errors.RESERVE_DATE_BEFORE, { date: formatDisplayDate(before.registeredOn) });
      throw ApiError.fields({ removedOn: message });
    }
    const at = timestamp(ctx.now());
    if (before.assignment) {
      if (input.removedOn < before.assignment.assignedOn) {
        const message = format(vi.errors.RESERVE_DATE_BEFORE, {
          date: formatDisplayDate(before.assignment.assignedOn),
        });
        throw ApiError.fields({ removedOn: message });
      }
      units.endAssignment(ctx.db, before.assignment.id, before.assignment.version, input.removedOn, input.reason, at);
    }
    mustBeCurrent(repo.setRemoved(ctx.db, input.id, input.version, input.removedOn, input.reason, at));
    const after = getReservist(ctx, input.id);
    audit(ctx, input.id, 'archive', before, after);
    return after;
  });
}

export function restoreReservist(ctx: ApiContext, input: { id: string; version: number }): Reservist {
  return inTransaction(ctx, () => {
    const before = getReservist(ctx, input.id);
    if (!before.removedOn) throw ApiError.of('RESERVIST_NOT_REMOVED');
    mustBeCurrent(repo.setRemoved(ctx.db, input.id, input.version, null, '', timestamp(ctx.now())));
    const after = getReservist(ctx, input.id);
    audit(ctx, input.id, 'restore', before, after);
    return after;
  });
}
