import type { Database } from 'better-sqlite3-multiple-ciphers';
import { countAndPage, type FocusAnswer, focusedCountAndPage, pageWindow } from '../db/paging';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { containsPattern, whereClause } from '../db/where';
import type { EquipmentItemRow, EquipmentKind, EquipmentStockRow } from './public-types';
import type { ItemListInput, ItemState, KindCreateInput, KindUpdateInput, StockInput } from './schema';
import { HOLDER_COLUMNS, HOLDER_JOINS, holderOf, type HolderColumns } from './holder-sql';

/*
 * Kinds, serial pieces and the book as of a date. Quantities are never stored: owned = received −
 * written off, issued = issued − returned, summed over the movement lines dated on or before the day.
 */

const SELECT_KIND = `SELECT k.id, k.name, k.unit, k.serial_tracked AS serialTracked, k.retired, k.version
  FROM equipment_kinds k`;

type KindRow = Omit<EquipmentKind, 'serialTracked' | 'retired'> & { serialTracked: number; retired: number };
const toKind = (r: KindRow): EquipmentKind => ({
  ...r,
  serialTracked: r.serialTracked === 1,
  retired: r.retired === 1,
});

export function listKinds(db: Database, includeRetired: boolean): EquipmentKind[] {
  const rows = statement(db, `${SELECT_KIND} WHERE @all = 1 OR k.retired = 0 ORDER BY k.sort_order, k.name`).all({
    all: includeRetired ? 1 : 0,
  }) as KindRow[];
  return rows.map(toKind);
}

export function findKind(db: Database, id: string): EquipmentKind | null {
  const row = statement(db, `${SELECT_KIND} WHERE k.id = ?`).get(id) as KindRow | undefined;
  return row ? toKind(row) : null;
}

export function kindNameTaken(db: Database, name: string, exceptId: string | null): boolean {
  return (
    statement(db, `SELECT 1 FROM equipment_kinds WHERE name = @name AND id IS NOT @exceptId`).get({
      name,
      exceptId,
    }) !== undefined
  );
}

export function insertKind(db: Database, f: KindCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO equipment_kinds (id, name, unit, serial_tracked, sort_order, created_at, updated_at)
     VALUES (@id, @name, @unit, @serial, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM equipment_kinds), @at, @at)`,
  ).run({ id, name: f.name, unit: f.unit, serial: f.serialTracked ? 1 : 0, at });
  return id;
}

export function updateKind(db: Database, f: KindUpdateInput, at: string): boolean {
  return updateAtVersion(
    db,
    'equipment_kinds',
    'name = @name, unit = @unit, retired = @retired',
    { id: f.id, version: f.version, at },
    { name: f.name, unit: f.unit, retired: f.retired ? 1 : 0 },
  );
}

/** Σ over a kind's lines dated ≤ @asOf of the quantities of the given movement kinds (+) and (−). */
const sumOf = (plus: string, minus: string) => `(SELECT COALESCE(SUM(CASE
      WHEN m.kind = '${plus}' THEN l.quantity WHEN m.kind = '${minus}' THEN -l.quantity ELSE 0 END), 0)
    FROM equipment_movement_lines l JOIN equipment_movements m ON m.id = l.movement_id
    WHERE l.kind_id = k.id AND m.moved_on <= @asOf)`;
const OWNED = sumOf('receive', 'write_off');
const ISSUED = sumOf('issue', 'return');

type StockSqlRow = KindRow & { owned: number; issued: number };
const toStock = (r: StockSqlRow): EquipmentStockRow => ({
  ...toKind(r),
  owned: r.owned,
  issued: r.issued,
  inStore: r.owned - r.issued,
});

/** One page of the kinds with their book as of `asOf` (retired kinds only while they still hold stock). */
export function stockPage(db: Database, input: StockInput): { rows: EquipmentStockRow[]; total: number } {
  const where = whereClause([[`(k.retired = 0 OR ${OWNED} > 0)`, { asOf: input.asOf }]]);
  const { rows, total } = countAndPage<StockSqlRow>(db, {
    countFrom: 'equipment_kinds k',
    select: `SELECT k.id, k.name, k.unit, k.serial_tracked AS serialTracked, k.retired, k.version,
        ${OWNED} AS owned, ${ISSUED} AS issued FROM equipment_kinds k`,
    where,
    orderBy: 'k.sort_order, k.name',
    ...pageWindow(input),
  });
  return { rows: rows.map(toStock), total };
}

/** Every kind with something owned on `asOf` (the review's figures, the stock list). */
export function ownedAsOf(db: Database, asOf: string): EquipmentStockRow[] {
  const rows = statement(
    db,
    `SELECT * FROM (SELECT k.id, k.name, k.unit, k.serial_tracked AS serialTracked, k.retired, k.version, k.sort_order,
        ${OWNED} AS owned, ${ISSUED} AS issued FROM equipment_kinds k) WHERE owned > 0 ORDER BY sort_order, name`,
  ).all({ asOf }) as (StockSqlRow & { sort_order: number })[];
  return rows.map(({ sort_order: _s, ...r }) => toStock(r));
}

/** A kind's owned quantity on `asOf` (the book side of a stocktake line). */
export function ownedOf(db: Database, kindId: string, asOf: string): number {
  return (
    statement(db, `SELECT ${OWNED} AS n FROM equipment_kinds k WHERE k.id = @kindId`).get({ kindId, asOf }) as {
      n: number;
    }
  ).n;
}

/** The movement that last issued or returned the piece; an issue means the holder still has it. */
const LAST_ISSUE = `(SELECT m.id FROM equipment_movement_lines l JOIN equipment_movements m ON m.id = l.movement_id
    WHERE l.item_id = i.id AND m.kind IN ('issue', 'return') ORDER BY m.moved_on DESC, m.created_at DESC, m.rowid DESC LIMIT 1)`;

const SELECT_ITEM = `SELECT i.id, i.kind_id AS kindId, k.name AS kindName, i.serial, i.state, i.received_on AS receivedOn,
    i.source, i.note, i.version, m.kind AS lastKind, m.moved_on AS since, ${HOLDER_COLUMNS}
  FROM equipment_items i JOIN equipment_kinds k ON k.id = i.kind_id
  LEFT JOIN equipment_movements m ON m.id = ${LAST_ISSUE}
  ${HOLDER_JOINS}`;

type ItemSqlRow = Omit<EquipmentItemRow, 'issuedTo'> &
  HolderColumns & { lastKind: string | null; since: string | null };
function toItem({ lastKind, since, ...r }: ItemSqlRow): EquipmentItemRow {
  const holder = holderOf(r);
  const {
    unitId: _u,
    personId: _p,
    unitName: _n,
    unitPlace: _pl,
    familyName: _f,
    middleName: _m,
    givenName: _g,
    ...item
  } = r;
  return { ...item, issuedTo: lastKind === 'issue' && holder ? { ...holder, since: since! } : null };
}

export function listItems(
  db: Database,
  input: ItemListInput,
): { rows: EquipmentItemRow[]; total: number } & FocusAnswer {
  const where = whereClause([
    input.kindId !== undefined && ['i.kind_id = @kindId', { kindId: input.kindId }],
    input.state !== undefined && ['i.state = @state', { state: input.state }],
    input.search !== '' && [`i.serial LIKE @search ESCAPE '\\'`, { search: containsPattern(input.search) }],
  ]);
  const { rows, ...page } = focusedCountAndPage<ItemSqlRow>(
    db,
    // The id last: the same serial under two kinds of one place in the order falls the same way on every page.
    { countFrom: 'equipment_items i', select: SELECT_ITEM, where, orderBy: 'k.sort_order, i.serial, i.id' },
    input,
  );
  return { rows: rows.map(toItem), ...page };
}

export function findItem(db: Database, id: string): EquipmentItemRow | null {
  const row = statement(db, `${SELECT_ITEM} WHERE i.id = ?`).get(id) as ItemSqlRow | undefined;
  return row ? toItem(row) : null;
}

export function findItemBySerial(db: Database, kindId: string, serial: string): string | null {
  const row = statement(db, `SELECT id FROM equipment_items WHERE kind_id = ? AND serial = ?`).get(kindId, serial) as
    { id: string } | undefined;
  return row?.id ?? null;
}

export function insertItem(
  db: Database,
  f: { kindId: string; serial: string; receivedOn: string; source: string },
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO equipment_items (id, kind_id, serial, state, received_on, source, created_at, updated_at)
     VALUES (@id, @kindId, @serial, 'good', @receivedOn, @source, @at, @at)`,
  ).run({ id, ...f, at });
  return id;
}

/** A state found at maintenance or set by a write-off (a movement changes it, so the version moves on). */
export function setItemState(db: Database, id: string, state: ItemState, at: string): void {
  statement(db, `UPDATE equipment_items SET state = ?, updated_at = ?, version = version + 1 WHERE id = ?`).run(
    state,
    at,
    id,
  );
}

/**
 * Whether the person served in the militia on `date` (a membership begun by then and not ended
 * before it): an issue may be back-dated to a member who has left since.
 */
export function servedInMilitiaOn(db: Database, personId: string, date: string): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM militia_memberships WHERE person_id = @personId AND started_on <= @date
         AND (ended_on IS NULL OR ended_on > @date) LIMIT 1`,
    ).get({ personId, date }) !== undefined
  );
}
