/**
 * SQL of the import batches (migration 0031). The rows a batch wrote live in other features'
 * tables: reading and deleting them is each feature's own (import/undo-faces.ts), never done here.
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
