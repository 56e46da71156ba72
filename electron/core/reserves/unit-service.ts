import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { type AuditAction, writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import { format, vi } from '../messages/vi';
import { formatDisplayDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import { checkAssignmentAge, checkSlotCapacity, unitFill } from './rules';
import type {
  AssignmentResult,
  assignmentCreateInput,
  assignmentEndInput,
  ReserveSlot,
  ReserveUnit,
  SlotCreateInput,
  slotUpdateInput,
  UnitCreateInput,
  unitUpdateInput,
} from './schema';
import { getReservist, reservistWarnings } from './service';
import { usableSpecialty } from './specialty-service';
import * as repo from './unit-repository';
import * as reservists from './repository';

function audit(ctx: ApiContext, entity: string, id: string, action: AuditAction, before: unknown, after: unknown) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity, entityId: id, action, before, after });
}

function withSlots(unit: repo.UnitRecord, slots: ReserveSlot[]): ReserveUnit {
  const own = slots.filter((s) => s.unitId === unit.id);
  const required = own.reduce((sum, s) => sum + s.required, 0);
  const assigned = own.reduce((sum, s) => sum + s.assigned, 0);
  return { ...unit, slots: own, required, assigned, ...unitFill(required, assigned) };
}

/** Reserve units with their slots, counts, fill rate and surplus (Art. 15), by name. */
export function listUnits(ctx: ApiContext, input: { includeRetired: boolean }): ReserveUnit[] {
  const slots = repo.listSlots(ctx.db);
  return repo.listUnits(ctx.db, input.includeRetired).map((u) => withSlots(u, slots));
}

export function getUnit(ctx: ApiContext, id: string): ReserveUnit {
  const unit = mustExist(repo.findUnit(ctx.db, id));
  return withSlots(unit, repo.listSlots(ctx.db));
}

function checkParent(ctx: ApiContext, parentId: string | null, selfId: string | null): void {
  if (parentId === null) return;
  // Walk up from the new parent: it must exist and the unit must not become its own ancestor.
  let cursor: string | null = parentId;
  for (let depth = 0; cursor !== null; depth++) {
    if (cursor === selfId || depth > 20) throw ApiError.fields({ parentId: vi.errors.RESERVE_UNIT_PARENT_INVALID });
    const unit = repo.findUnit(ctx.db, cursor);
    if (!unit) throw ApiError.fields({ parentId: vi.errors.RESERVE_UNIT_PARENT_INVALID });
    cursor = unit.parentId;
  }
}

export function createUnit(ctx: ApiContext, input: UnitCreateInput): ReserveUnit {
  return inTransaction(ctx, () => {
    checkParent(ctx, input.parentId, null);
    const id = repo.insertUnit(ctx.db, input, timestamp(ctx.now()));
    const after = getUnit(ctx, id);
    audit(ctx, 'reserve_unit', id, 'create', null, after);
    return after;
  });
}

export function updateUnit(ctx: ApiContext, input: z.output<typeof unitUpdateInput>): ReserveUnit {
  return inTransaction(ctx, () => {
    const before = getUnit(ctx, input.id);
    const { id, version, ...fields } = input;
    checkParent(ctx, fields.parentId, id);
    mustBeCurrent(
      repo.updateUnit(ctx.db, id, version, { ...fields, retiredOn: before.retiredOn }, timestamp(ctx.now())),
    );
    const after = getUnit(ctx, id);
    audit(ctx, 'reserve_unit', id, 'update', before, after);
    return after;
  });
}

/** A unit is dissolved (retired) only once nobody is assigned to it; its slots and history stay. */
export function setUnitRetired(
  ctx: ApiContext,
  input: { id: string; version: number; retiredOn?: string },
  retired: boolean,
): ReserveUnit {
  return inTransaction(ctx, () => {
    const before = getUnit(ctx, input.id);
    const active = repo.activeInUnit(ctx.db, input.id);
    if (retired && active > 0) throw ApiError.of('RESERVE_UNIT_IN_USE', { count: active });
    const { slots: _slots, required: _r, assigned: _a, fillRate: _f, surplus: _s, surplusRate: _sr, ...u } = before;
    const values = { ...u, retiredOn: retired ? (input.retiredOn ?? null) : null };
    mustBeCurrent(repo.updateUnit(ctx.db, input.id, input.version, values, timestamp(ctx.now())));
    const after = getUnit(ctx, input.id);
    audit(ctx, 'reserve_unit', input.id, retired ? 'retire' : 'restore', before, after);
    return after;
  });
}

function mustSlot(ctx: ApiContext, id: string): ReserveSlot {
  return mustExist(repo.findSlot(ctx.db, id));
}

export function createSlot(ctx: ApiContext, input: SlotCreateInput): ReserveSlot {
  return inTransaction(ctx, () => {
    const unit = mustExist(repo.findUnit(ctx.db, input.unitId));
    if (unit.retiredOn) throw ApiError.of('RESERVE_UNIT_RETIRED');
    usableSpecialty(ctx, input.specialtyId, 'specialtyId');
    const id = repo.insertSlot(ctx.db, input, timestamp(ctx.now()));
    const after = mustSlot(ctx, id);
    audit(ctx, 'reserve_slot', id, 'create', null, after);
    return after;
  });
}

/** Changing a slot's specialty re-flags its people against the new one; nobody is moved out. */
export function updateSlot(ctx: ApiContext, input: z.output<typeof slotUpdateInput>): ReserveSlot {
  return inTransaction(ctx, () => {
    const before = mustSlot(ctx, input.id);
    usableSpecialty(ctx, input.specialtyId, 'specialtyId', before.specialtyId);
    mustBeCurrent(repo.updateSlot(ctx.db, input.id, input.version, input, timestamp(ctx.now())));
    const after = mustSlot(ctx, input.id);
    audit(ctx, 'reserve_slot', input.id, 'update', before, after);
    return after;
  });
}

/** A slot goes only while nobody is or was ever assigned to it (history keeps pointing at it). */
export function deleteSlot(ctx: ApiContext, input: { id: string; version: number }): { deleted: true } {
  return inTransaction(ctx, () => {
    const before = mustSlot(ctx, input.id);
    if (before.assigned > 0) throw ApiError.of('RESERVE_SLOT_IN_USE');
    if (repo.slotHasHistory(ctx.db, input.id)) throw ApiError.of('RESERVE_SLOT_HAS_HISTORY');
    mustBeCurrent(repo.deleteSlot(ctx.db, input.id, input.version));
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'reserve_slot',
      entityId: input.id,
      action: 'archive',
      before,
      after: null,
    });
    return { deleted: true };
  });
}

/**
 * Places a reservist in a slot. Refused: a removed reservist, one already
 * assigned (one active assignment each), a dissolved unit, an age over the
 * unit kind's limit (Luật LLDBĐV), a slot already at 115% (Art. 15). A
 * specialty mismatch is stored and returned as a warning (Art. 16).
 */
export function createAssignment(ctx: ApiContext, input: z.output<typeof assignmentCreateInput>): AssignmentResult {
  return inTransaction(ctx, () => {
    const reservist = getReservist(ctx, input.reservistId);
    if (reservist.removedOn) throw ApiError.of('RESERVIST_REMOVED');
    if (reservist.assignment) {
      throw ApiError.of('RESERVE_ALREADY_ASSIGNED', {
        unit: reservist.assignment.unitName,
        slot: reservist.assignment.slotTitle,
      });
    }
    const slot = mustSlot(ctx, input.slotId);
    const unit = repo.findUnit(ctx.db, slot.unitId)!;
    if (unit.retiredOn) throw ApiError.of('RESERVE_UNIT_RETIRED');
    // Not before registration, nor before the previous assignment ended (the history never overlaps).
    const earliest = [reservist.registeredOn, repo.lastEndedOn(ctx.db, reservist.id) ?? ''].sort().at(-1)!;
    if (input.assignedOn < earliest) {
      const message = format(vi.errors.RESERVE_DATE_BEFORE, { date: formatDisplayDate(earliest) });
      throw ApiError.fields({ assignedOn: message });
    }
    const age = checkAssignmentAge(reservist, unit.kind, input.assignedOn);
    if (!age.ok) throw new ApiError(age.code, age.message);
    const capacity = checkSlotCapacity(slot, slot.assigned);
    if (!capacity.ok) throw new ApiError(capacity.code, capacity.message);
    const id = repo.insertAssignment(ctx.db, input, timestamp(ctx.now()));
    const after = getReservist(ctx, reservist.id);
    audit(ctx, 'reserve_assignment', id, 'create', null, { ...input, id });
    const record = reservists.findReservist(ctx.db, reservist.id, input.assignedOn)!;
    const warnings = reservistWarnings(record, input.assignedOn).filter(
      (w) => w.code === 'RULE_RESERVE_SPECIALTY_MISMATCH',
    );
    return { reservist: after, warnings };
  });
}

export function endAssignment(ctx: ApiContext, input: z.output<typeof assignmentEndInput>): AssignmentResult {
  return inTransaction(ctx, () => {
    const before = mustExist(repo.findAssignment(ctx.db, input.id));
    if (before.endedOn) throw ApiError.of('RESERVE_ASSIGNMENT_ENDED');
    if (input.endedOn < before.assignedOn) {
      const message = format(vi.errors.RESERVE_DATE_BEFORE, { date: formatDisplayDate(before.assignedOn) });
      throw ApiError.fields({ endedOn: message });
    }
    mustBeCurrent(
      repo.endAssignment(ctx.db, input.id, input.version, input.endedOn, input.reason, timestamp(ctx.now())),
    );
    audit(ctx, 'reserve_assignment', input.id, 'update', before, repo.findAssignment(ctx.db, input.id));
    return { reservist: getReservist(ctx, before.reservistId), warnings: [] };
  });
}
