import type { Database } from 'better-sqlite3-multiple-ciphers';
import { deleteAtVersion, newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { type ReserveUnitKind, slotCapacity } from './rules';
import type { ReserveSlot, ReserveUnitRecord, SlotCreateInput, UnitCreateInput } from './schema';

export type UnitRecord = ReserveUnitRecord;

interface UnitRow {
  id: string;
  parent_id: string | null;
  name: string;
  kind: ReserveUnitKind;
  receiving_unit: string;
  notes: string;
  retired_on: string | null;
  version: number;
}

const toUnit = (r: UnitRow): UnitRecord => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  kind: r.kind,
  receivingUnit: r.receiving_unit,
  notes: r.notes,
  retiredOn: r.retired_on,
  version: r.version,
});

export function listUnits(db: Database, includeRetired: boolean): UnitRecord[] {
  return (
    statement(
      db,
      `SELECT * FROM reserve_units WHERE @all = 1 OR retired_on IS NULL ORDER BY vi_sort_key(name), id`,
    ).all({ all: includeRetired ? 1 : 0 }) as UnitRow[]
  ).map(toUnit);
}

export function findUnit(db: Database, id: string): UnitRecord | null {
  const row = statement(db, `SELECT * FROM reserve_units WHERE id = ?`).get(id) as UnitRow | undefined;
  return row ? toUnit(row) : null;
}

export function insertUnit(db: Database, u: UnitCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO reserve_units (id, parent_id, name, kind, receiving_unit, notes, retired_on, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)`,
  ).run(id, u.parentId, u.name, u.kind, u.receivingUnit, u.notes, at, at);
  return id;
}

export function updateUnit(
  db: Database,
  id: string,
  version: number,
  u: UnitCreateInput & { retiredOn: string | null },
  at: string,
): boolean {
  return updateAtVersion(
    db,
    'reserve_units',
    `parent_id = @parentId, name = @name, kind = @kind, receiving_unit = @receivingUnit, notes = @notes,
       retired_on = @retiredOn`,
    { id, version, at },
    u,
  );
}

interface SlotRow {
  id: string;
  unit_id: string;
  title: string;
  specialty_id: string;
  code: string;
  sname: string;
  required: number;
  assigned: number;
  matched: number;
  version: number;
}

// Active assignments are counted once per slot through the partial index on active rows.
const SELECT_SLOTS = `SELECT s.id, s.unit_id, s.title, s.specialty_id, sp.code, sp.name AS sname, s.required, s.version,
    COALESCE(c.assigned, 0) AS assigned, COALESCE(c.matched, 0) AS matched
  FROM reserve_slots s JOIN military_specialties sp ON sp.id = s.specialty_id
  LEFT JOIN (SELECT a.slot_id, COUNT(*) AS assigned, SUM(r.specialty_id IS x.specialty_id) AS matched
      FROM reserve_assignments a JOIN reservists r ON r.id = a.reservist_id JOIN reserve_slots x ON x.id = a.slot_id
      WHERE a.ended_on IS NULL GROUP BY a.slot_id) c ON c.slot_id = s.id`;

const toSlot = (r: SlotRow): ReserveSlot => ({
  id: r.id,
  unitId: r.unit_id,
  title: r.title,
  specialtyId: r.specialty_id,
  specialtyCode: r.code,
  specialtyName: r.sname,
  required: r.required,
  assigned: r.assigned,
  matched: r.matched,
  capacity: slotCapacity(r.required),
  version: r.version,
});

export function listSlots(db: Database): ReserveSlot[] {
  return (statement(db, `${SELECT_SLOTS} ORDER BY s.unit_id, vi_sort_key(s.title), s.id`).all() as SlotRow[]).map(
    toSlot,
  );
}

export function findSlot(db: Database, id: string): ReserveSlot | null {
  const row = statement(db, `${SELECT_SLOTS} WHERE s.id = ?`).get(id) as SlotRow | undefined;
  return row ? toSlot(row) : null;
}

export function insertSlot(db: Database, s: SlotCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO reserve_slots (id, unit_id, title, specialty_id, required, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(id, s.unitId, s.title, s.specialtyId, s.required, at, at);
  return id;
}

export function updateSlot(
  db: Database,
  id: string,
  version: number,
  s: { title: string; specialtyId: string; required: number },
  at: string,
): boolean {
  return updateAtVersion(
    db,
    'reserve_slots',
    'title = @title, specialty_id = @specialtyId, required = @required',
    { id, version, at },
    s,
  );
}

export function deleteSlot(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'reserve_slots', id, version);
}

export function slotHasHistory(db: Database, slotId: string): boolean {
  return statement(db, `SELECT 1 FROM reserve_assignments WHERE slot_id = ? LIMIT 1`).get(slotId) !== undefined;
}

export function activeInUnit(db: Database, unitId: string): number {
  return (
    statement(
      db,
      `SELECT COUNT(*) AS n FROM reserve_assignments a JOIN reserve_slots s ON s.id = a.slot_id
       WHERE s.unit_id = ? AND a.ended_on IS NULL`,
    ).get(unitId) as { n: number }
  ).n;
}

export interface AssignmentRecord {
  id: string;
  reservistId: string;
  slotId: string;
  assignedOn: string;
  endedOn: string | null;
  endReason: string;
  version: number;
}

export function findAssignment(db: Database, id: string): AssignmentRecord | null {
  const row = statement(db, `SELECT * FROM reserve_assignments WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  if (!row) return null;
  return {
    id: row.id as string,
    reservistId: row.reservist_id as string,
    slotId: row.slot_id as string,
    assignedOn: row.assigned_on as string,
    endedOn: row.ended_on as string | null,
    endReason: row.end_reason as string,
    version: row.version as number,
  };
}

/** The last day a reservist's earlier assignments ran to, so a new one does not overlap them. */
export function lastEndedOn(db: Database, reservistId: string): string | null {
  const row = statement(db, `SELECT MAX(ended_on) AS d FROM reserve_assignments WHERE reservist_id = ?`).get(
    reservistId,
  ) as { d: string | null };
  return row.d;
}

export function insertAssignment(
  db: Database,
  a: { reservistId: string; slotId: string; assignedOn: string },
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO reserve_assignments (id, reservist_id, slot_id, assigned_on, ended_on, end_reason, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, NULL, '', ?, ?, 1)`,
  ).run(id, a.reservistId, a.slotId, a.assignedOn, at, at);
  return id;
}

export function endAssignment(
  db: Database,
  id: string,
  version: number,
  endedOn: string,
  reason: string,
  at: string,
): boolean {
  return (
    statement(
      db,
      `UPDATE reserve_assignments SET ended_on = ?, end_reason = ?, updated_at = ?, version = version + 1
       WHERE id = ? AND version = ? AND ended_on IS NULL`,
    ).run(endedOn, reason, at, id, version).changes === 1
  );
}
