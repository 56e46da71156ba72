import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { newId } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import type { EquipmentStocktake, EquipmentStocktakeLine } from './public-types';
import type { StocktakeListInput } from './schema';

const SELECT_STOCKTAKE = `SELECT s.id, s.taken_on AS takenOn, s.note, s.created_at AS createdAt FROM equipment_stocktakes s`;

type StocktakeSqlRow = Omit<EquipmentStocktake, 'lines' | 'discrepancies'>;

function withLines(db: Database, rows: StocktakeSqlRow[]): EquipmentStocktake[] {
  if (rows.length === 0) return [];
  const lines = statement(
    db,
    `SELECT l.stocktake_id AS stocktakeId, l.kind_id AS kindId, k.name AS kindName, k.unit, l.counted, l.book
     FROM equipment_stocktake_lines l JOIN equipment_kinds k ON k.id = l.kind_id
     WHERE l.stocktake_id IN (SELECT value FROM json_each(@ids)) ORDER BY l.position`,
  ).all({ ids: JSON.stringify(rows.map((r) => r.id)) }) as (Omit<EquipmentStocktakeLine, 'difference'> & {
    stocktakeId: string;
  })[];
  return rows.map((r) => {
    const own = lines
      .filter((l) => l.stocktakeId === r.id)
      .map(({ stocktakeId: _s, ...l }) => ({ ...l, difference: l.counted - l.book }));
    return { ...r, lines: own, discrepancies: own.filter((l) => l.difference !== 0).length };
  });
}

export function listStocktakes(
  db: Database,
  input: StocktakeListInput,
): { rows: EquipmentStocktake[]; total: number } & FocusAnswer {
  const { rows, ...page } = focusedCountAndPage<StocktakeSqlRow>(
    db,
    {
      countFrom: 'equipment_stocktakes s',
      select: SELECT_STOCKTAKE,
      where: whereClause([]),
      // The id last: two stocktakes of one day written at the same moment fall the same way on every page.
      orderBy: 's.taken_on DESC, s.created_at DESC, s.id',
    },
    input,
  );
  return { rows: withLines(db, rows), ...page };
}

export function findStocktake(db: Database, id: string): EquipmentStocktake | null {
  const row = statement(db, `${SELECT_STOCKTAKE} WHERE s.id = ?`).get(id) as StocktakeSqlRow | undefined;
  return row ? withLines(db, [row])[0]! : null;
}

/** The stocktakes dated in [from, to], oldest first (the review's figures). */
export function stocktakesIn(db: Database, from: string, to: string): EquipmentStocktake[] {
  const rows = statement(
    db,
    `${SELECT_STOCKTAKE} WHERE s.taken_on BETWEEN ? AND ? ORDER BY s.taken_on, s.created_at`,
  ).all(from, to) as StocktakeSqlRow[];
  return withLines(db, rows);
}

export function insertStocktake(db: Database, f: { takenOn: string; note: string }, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO equipment_stocktakes (id, taken_on, note, created_at, updated_at) VALUES (@id, @takenOn, @note, @at, @at)`,
  ).run({ id, ...f, at });
  return id;
}

export function insertStocktakeLine(
  db: Database,
  stocktakeId: string,
  position: number,
  line: { kindId: string; counted: number; book: number },
  at: string,
): void {
  statement(
    db,
    `INSERT INTO equipment_stocktake_lines (id, stocktake_id, position, kind_id, counted, book, created_at, updated_at)
     VALUES (@id, @stocktakeId, @position, @kindId, @counted, @book, @at, @at)`,
  ).run({ id: newId(), stocktakeId, position, ...line, at });
}
