import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { newId } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { HOLDER_COLUMNS, HOLDER_JOINS, holderOf, type HolderColumns } from './holder-sql';
import type { EquipmentMovement, EquipmentMovementLine } from './public-types';
import type { Holder, ItemEvent, StockEvent } from './rules';
import type { MovementCreateInput, MovementKind, MovementListInput } from './schema';

/** Movements in the order they happened: by date, then as recorded. */
const ORDER = 'm.moved_on, m.created_at, m.rowid';

const SELECT_MOVEMENT = `SELECT m.id, m.kind, m.moved_on AS movedOn, m.source, m.reference, m.result, m.note,
    m.created_at AS createdAt, ${HOLDER_COLUMNS}
  FROM equipment_movements m ${HOLDER_JOINS}`;

type MovementSqlRow = Omit<EquipmentMovement, 'holder' | 'lines'> & HolderColumns;

function withLines(db: Database, rows: MovementSqlRow[]): EquipmentMovement[] {
  if (rows.length === 0) return [];
  const lines = statement(
    db,
    `SELECT l.movement_id AS movementId, l.kind_id AS kindId, k.name AS kindName, k.unit, l.item_id AS itemId,
       i.serial, l.quantity, l.state
     FROM equipment_movement_lines l JOIN equipment_kinds k ON k.id = l.kind_id
     LEFT JOIN equipment_items i ON i.id = l.item_id
     WHERE l.movement_id IN (SELECT value FROM json_each(@ids)) ORDER BY l.position`,
  ).all({ ids: JSON.stringify(rows.map((r) => r.id)) }) as (EquipmentMovementLine & { movementId: string })[];
  return rows.map((r) => {
    const {
      unitId: _u,
      personId: _p,
      unitName: _n,
      unitPlace: _pl,
      familyName: _f,
      middleName: _m,
      givenName: _g,
      ...movement
    } = r;
    return {
      ...movement,
      holder: holderOf(r),
      lines: lines.filter((l) => l.movementId === r.id).map(({ movementId: _id, ...l }) => l),
    };
  });
}

export function listMovements(
  db: Database,
  input: MovementListInput,
): { rows: EquipmentMovement[]; total: number } & FocusAnswer {
  const where = whereClause([
    input.kind !== undefined && ['m.kind = @kind', { kind: input.kind }],
    input.from !== undefined && ['m.moved_on >= @from', { from: input.from }],
    input.to !== undefined && ['m.moved_on <= @to', { to: input.to }],
  ]);
  const { rows, ...page } = focusedCountAndPage<MovementSqlRow>(
    db,
    {
      countFrom: 'equipment_movements m',
      select: SELECT_MOVEMENT,
      where,
      // The latest first, as a book is read back; the id last, so movements written at the same
      // moment fall the same way on every page (and where `focusId` looks for one).
      orderBy: 'm.moved_on DESC, m.created_at DESC, m.id DESC',
    },
    input,
  );
  return { rows: withLines(db, rows), ...page };
}

export function findMovement(db: Database, id: string): EquipmentMovement | null {
  const row = statement(db, `${SELECT_MOVEMENT} WHERE m.id = ?`).get(id) as MovementSqlRow | undefined;
  return row ? withLines(db, [row])[0]! : null;
}

/** Every movement of one piece, in the order they happened. */
export function movementsOfItem(db: Database, itemId: string): EquipmentMovement[] {
  const rows = statement(
    db,
    `${SELECT_MOVEMENT} WHERE m.id IN (SELECT movement_id FROM equipment_movement_lines WHERE item_id = ?) ORDER BY ${ORDER}`,
  ).all(itemId) as MovementSqlRow[];
  return withLines(db, rows);
}

export function insertMovement(db: Database, f: Omit<MovementCreateInput, 'lines'>, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO equipment_movements (id, kind, moved_on, unit_id, person_id, source, reference, result, note,
       created_at, updated_at)
     VALUES (@id, @kind, @movedOn, @unitId, @personId, @source, @reference, @result, @note, @at, @at)`,
  ).run({
    id,
    kind: f.kind,
    movedOn: f.movedOn,
    unitId: f.unitId,
    personId: f.personId,
    source: f.source,
    reference: f.reference,
    result: f.result,
    note: f.note,
    at,
  });
  return id;
}

export function insertLine(
  db: Database,
  movementId: string,
  position: number,
  line: { kindId: string; itemId: string | null; quantity: number; state: 'good' | 'needs_repair' | null },
  at: string,
): void {
  statement(
    db,
    `INSERT INTO equipment_movement_lines (id, movement_id, position, kind_id, item_id, quantity, state, created_at, updated_at)
     VALUES (@id, @movementId, @position, @kindId, @itemId, @quantity, @state, @at, @at)`,
  ).run({ id: newId(), movementId, position, ...line, at });
}

type EventRow = HolderColumns & { kind: MovementKind; movedOn: string; quantity: number };

const holderKey = (r: EventRow): Holder | null => {
  const h = holderOf(r);
  return h ? { key: h.unitId ? `u:${h.unitId}` : `p:${h.personId}`, name: h.name } : null;
};

const EVENTS = `SELECT m.kind, m.moved_on AS movedOn, l.quantity, ${HOLDER_COLUMNS}
  FROM equipment_movement_lines l JOIN equipment_movements m ON m.id = l.movement_id ${HOLDER_JOINS}`;

export function itemEvents(db: Database, itemId: string): ItemEvent[] {
  const rows = statement(db, `${EVENTS} WHERE l.item_id = ? ORDER BY ${ORDER}, l.position`).all(itemId) as EventRow[];
  return rows.map((r) => ({ kind: r.kind, movedOn: r.movedOn, holder: holderKey(r) }));
}

export function stockEvents(db: Database, kindId: string): StockEvent[] {
  const rows = statement(db, `${EVENTS} WHERE l.kind_id = ? ORDER BY ${ORDER}, l.position`).all(kindId) as EventRow[];
  return rows.map((r) => ({ kind: r.kind, movedOn: r.movedOn, quantity: r.quantity, holder: holderKey(r) }));
}

/** How many movements of `kind` are dated in [from, to]. */
export function countMovements(db: Database, kind: MovementKind, from: string, to: string): number {
  return (
    statement(db, `SELECT COUNT(*) AS n FROM equipment_movements WHERE kind = ? AND moved_on BETWEEN ? AND ?`).get(
      kind,
      from,
      to,
    ) as { n: number }
  ).n;
}
