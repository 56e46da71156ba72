/**
 * SQL of the import batches (migration 0031) and the generic look-ups an undo needs: which rows
 * of any table point at a row (the schema's foreign keys), a row's version, deleting a row.
 * Table and column names in the generic statements come from the schema itself (sqlite_schema and
 * pragma_foreign_key_list) or from the batch rows this module wrote, never from a user; values are
 * always bound.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { countAndPage, pageWindow } from '../db/paging';
import { newId } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import type { ImportTarget } from './mapping';
import type { ImportBatch } from './types';

export type BatchRow = ImportBatch;

export interface BatchItem {
  seq: number;
  tableName: string;
  rowId: string;
  action: 'create' | 'update';
  rowVersion: number | null;
  rowUpdatedAt: string | null;
  beforeJson: string | null;
  excelRow: number | null;
  label: string;
}

const BATCH_COLUMNS = `id, target, file_name AS fileName, sheet, actor, created_count AS createdCount,
  updated_count AS updatedCount, skipped_count AS skippedCount, people_created AS peopleCreated,
  people_updated AS peopleUpdated, undone_at AS undoneAt, undone_by AS undoneBy,
  created_at AS createdAt, updated_at AS updatedAt, version`;

export function insertBatch(db: Database, batch: Omit<BatchRow, 'undoneAt' | 'undoneBy' | 'updatedAt' | 'version'>) {
  statement(
    db,
    `INSERT INTO import_batches (id, target, file_name, sheet, actor, created_count, updated_count, skipped_count,
       people_created, people_updated, created_at, updated_at)
     VALUES (@id, @target, @fileName, @sheet, @actor, @createdCount, @updatedCount, @skippedCount,
       @peopleCreated, @peopleUpdated, @createdAt, @createdAt)`,
  ).run(batch);
}

export function insertBatchItem(db: Database, batchId: string, item: BatchItem, at: string) {
  statement(
    db,
    `INSERT INTO import_batch_rows (id, batch_id, seq, table_name, row_id, action, row_version, row_updated_at,
       before_json, excel_row, label, created_at, updated_at)
     VALUES (@id, @batchId, @seq, @tableName, @rowId, @action, @rowVersion, @rowUpdatedAt,
       @beforeJson, @excelRow, @label, @at, @at)`,
  ).run({ ...item, id: newId(), batchId, at });
}

export function findBatch(db: Database, id: string): BatchRow | undefined {
  return statement(db, `SELECT ${BATCH_COLUMNS} FROM import_batches WHERE id = ?`).get(id) as BatchRow | undefined;
}

export function batchItems(db: Database, batchId: string): BatchItem[] {
  return statement(
    db,
    `SELECT seq, table_name AS tableName, row_id AS rowId, action, row_version AS rowVersion,
       row_updated_at AS rowUpdatedAt, before_json AS beforeJson, excel_row AS excelRow, label
     FROM import_batch_rows WHERE batch_id = ? ORDER BY seq`,
  ).all(batchId) as BatchItem[];
}

export function listBatches(db: Database, q: { target?: ImportTarget; page: number; pageSize: number }) {
  return countAndPage<BatchRow>(db, {
    countFrom: 'import_batches',
    select: `SELECT ${BATCH_COLUMNS} FROM import_batches`,
    where: whereClause([q.target && ['target = @target', { target: q.target }]]),
    orderBy: 'created_at DESC, id',
    ...pageWindow(q),
  });
}

export function markUndone(db: Database, row: { id: string; version: number; at: string; actor: string }): boolean {
  return (
    statement(
      db,
      `UPDATE import_batches SET undone_at = @at, undone_by = @actor, updated_at = @at, version = version + 1
       WHERE id = @id AND version = @version AND undone_at IS NULL`,
    ).run(row).changes === 1
  );
}

/** A schema name, quoted for SQL ("" doubled): only ever names read from the schema or written by this module. */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Reference {
  table: string;
  column: string;
}

/**
 * For each table, the (table, column) pairs whose foreign keys point at it — read from the
 * schema, so a table added later (a person put on a new kind of list) is seen without a change here.
 */
export function referencesTo(db: Database): Map<string, Reference[]> {
  const tables = statement(
    db,
    `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'import_batch%'`,
  )
    .pluck()
    .all() as string[];
  const result = new Map<string, Reference[]>();
  for (const table of tables) {
    const keys = statement(db, `SELECT "table" AS parent, "from" AS col FROM pragma_foreign_key_list(?)`).all(
      table,
    ) as Array<{ parent: string; col: string }>;
    for (const key of keys) {
      const list = result.get(key.parent) ?? [];
      list.push({ table, column: key.col });
      result.set(key.parent, list);
    }
  }
  return result;
}

/** The ids of the rows of `ref.table` that point at `id` (every table of the program has an id column). */
export function referencingIds(db: Database, ref: Reference, id: string): string[] {
  return statement(db, `SELECT id FROM ${ident(ref.table)} WHERE ${ident(ref.column)} = ?`)
    .pluck()
    .all(id) as string[];
}

/** A row's version and updated_at as they are now (undefined: the row is gone). */
export function rowStamp(db: Database, table: string, id: string) {
  const row = readRow(db, table, id);
  if (!row) return undefined;
  const version = typeof row.version === 'number' ? row.version : null;
  const updatedAt = typeof row.updated_at === 'string' ? row.updated_at : null;
  return { version, updatedAt };
}

export function readRow(db: Database, table: string, id: string): Record<string, unknown> | undefined {
  return statement(db, `SELECT * FROM ${ident(table)} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
}

export function deleteRow(db: Database, table: string, id: string): boolean {
  return statement(db, `DELETE FROM ${ident(table)} WHERE id = ?`).run(id).changes === 1;
}

/**
 * The year of the closed campaign an imported conscription record belongs to, or null while the
 * campaign is open: a closed campaign's records are its final result, never taken back by an undo.
 */
export function closedCampaignYearOf(db: Database, recordId: string): number | null {
  const row = statement(
    db,
    `SELECT c.year FROM conscription_records r JOIN conscription_campaigns c ON c.id = r.campaign_id
      WHERE r.id = ? AND c.status = 'closed'`,
  ).get(recordId) as { year: number } | undefined;
  return row ? row.year : null;
}
