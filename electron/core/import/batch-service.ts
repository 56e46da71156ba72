/**
 * Import batches: every committed import is recorded with the rows it wrote, so it can be undone
 * as a whole — every row it created deleted and every person it updated put back, in one
 * transaction with its audit entries — as long as nothing has touched those rows since (their
 * version is the one the import left) and nothing else has been attached to them (a person since
 * put in a militia unit). Each feature answers for its own rows through its face
 * (import/undo-faces.ts): this module never names another feature's table in SQL.
 */
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import type { ImportedRow, ImportedRowBlock } from '../kernel/imported-rows';
import { inTransaction } from '../kernel/transaction';
import { format, vi } from '../messages/vi';
import type { Person } from '../people';
import { displayDateOfStamp } from '../shared/dates';
import {
  batchItems,
  findBatch,
  insertBatch,
  insertBatchItem,
  listBatches,
  markUndone,
  type BatchItem,
} from './batch-repository';
import type { ImportTarget } from './mapping';
import type { ImportBatch, ImportBatchPage } from './types';
import { undoFaceOf } from './undo-faces';

/** A row the import wrote: created, or (people only) updated from `before`. */
export interface WrittenRow {
  table: string;
  id: string;
  action: 'create' | 'update';
  before?: Person;
  excelRow: number;
  label: string;
}

export interface BatchMeta {
  target: ImportTarget;
  fileName: string;
  sheet: string;
  counts: { created: number; updated: number; skipped: number; peopleCreated: number; peopleUpdated: number };
}

const key = (table: string, id: string) => `${table}:${id}`;

/** The face that takes a kind of row back; the import writes only kinds a face owns. */
function faceFor(kind: string) {
  const face = undoFaceOf(kind);
  if (!face) throw new Error(`no feature takes back imported rows of ${kind}`);
  return face;
}

/**
 * Inside the import's transaction, after its last row: the batch and its rows. A created row
 * brings the rows its feature wrote with it (a conscription record's first steps, written by the
 * service): they were made by the import too, and go with it.
 */
export function recordBatch(ctx: ApiContext, meta: BatchMeta, written: readonly WrittenRow[]): string {
  const db = ctx.db;
  const at = timestamp(ctx.now());
  const id = newId();
  const { counts } = meta;
  insertBatch(db, {
    id,
    target: meta.target,
    fileName: meta.fileName,
    sheet: meta.sheet,
    actor: ctx.actor,
    createdCount: counts.created,
    updatedCount: counts.updated,
    skippedCount: counts.skipped,
    peopleCreated: counts.peopleCreated,
    peopleUpdated: counts.peopleUpdated,
    createdAt: at,
  });
  const seen = new Set<string>();
  let seq = 0;
  const add = (row: WrittenRow) => {
    if (seen.has(key(row.table, row.id))) return;
    seen.add(key(row.table, row.id));
    const face = faceFor(row.table);
    const stamp = face.stamp(db, row.table, row.id);
    const item: BatchItem = {
      seq: seq++,
      tableName: row.table,
      rowId: row.id,
      action: row.action,
      rowVersion: stamp?.version ?? null,
      rowUpdatedAt: stamp?.updatedAt ?? null,
      beforeJson: row.before ? JSON.stringify(row.before) : null,
      excelRow: row.excelRow,
      label: row.label,
    };
    insertBatchItem(db, id, item, at);
    if (row.action !== 'create') return;
    for (const companion of face.companions(db, row.table, row.id))
      add({ ...row, table: companion.kind, id: companion.id, before: undefined });
  };
  written.forEach(add);
  writeAudit(db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'import_batch',
    entityId: id,
    action: 'create',
    before: null,
    after: findBatch(db, id),
  });
  return id;
}

export function listImportBatches(
  ctx: ApiContext,
  input: { target?: ImportTarget; page: number; pageSize: number },
): ImportBatchPage {
  const { rows, total } = listBatches(ctx.db, input);
  return { rows, total, page: input.page, pageSize: input.pageSize };
}

const MAX_BLOCKS_NAMED = 5;

const importedRow = (item: BatchItem): ImportedRow => ({
  kind: item.tableName,
  id: item.rowId,
  action: item.action,
  stamp:
    item.rowVersion !== null && item.rowUpdatedAt !== null
      ? { version: item.rowVersion, updatedAt: item.rowUpdatedAt }
      : null,
  beforeJson: item.beforeJson,
});

function blockMessage(block: ImportedRowBlock, where: { row: number | string; name: string }): string {
  const t = vi.import.undo;
  switch (block.reason) {
    case 'gone':
      return format(t.gone, where);
    case 'changed':
      return format(t.changed, where);
    case 'campaignClosed':
      return format(t.campaignClosed, { ...where, year: block.year });
    case 'dependent':
      return format(t.dependent, { ...where, what: t.tables[block.dependant] ?? t.other });
  }
}

/** What stops the undo, first rows first: a row no feature takes back, changed or gone, or something else attached to it. */
function blocksOf(ctx: ApiContext, items: readonly BatchItem[]): string[] {
  const own = new Set(items.map((i) => key(i.tableName, i.rowId)));
  const isOwn = (kind: string, id: string) => own.has(key(kind, id));
  const blocks: string[] = [];
  for (const item of items) {
    const where = { row: item.excelRow ?? '?', name: item.label };
    const face = undoFaceOf(item.tableName);
    if (!face) {
      blocks.push(format(vi.import.undo.unknown, where));
      continue;
    }
    const block = face.check(ctx, importedRow(item), isOwn);
    if (block) blocks.push(blockMessage(block, where));
  }
  return [...new Set(blocks)];
}

export function undoImportBatch(ctx: ApiContext, input: { id: string; version: number }): ImportBatch {
  return inTransaction(ctx, () => {
    const db = ctx.db;
    const batch = mustExist(findBatch(db, input.id));
    if (batch.undoneAt !== null) throw ApiError.of('IMPORT_BATCH_UNDONE', { at: displayDateOfStamp(batch.undoneAt) });
    if (batch.version !== input.version) throw ApiError.of('CONFLICT_VERSION');
    const items = batchItems(db, batch.id);
    const blocks = blocksOf(ctx, items);
    if (blocks.length > 0) {
      const named = blocks.slice(0, MAX_BLOCKS_NAMED);
      if (blocks.length > named.length)
        named.push(format(vi.import.undo.more, { count: blocks.length - named.length }));
      throw ApiError.of('IMPORT_UNDO_BLOCKED', { rows: named.join('; ') });
    }
    // Reverse order: rows pointing at others (a record's steps, the record) go before what they point at.
    for (const item of [...items].reverse()) faceFor(item.tableName).takeBack(ctx, importedRow(item));
    mustBeCurrent(markUndone(db, { id: batch.id, version: input.version, at: timestamp(ctx.now()), actor: ctx.actor }));
    const after = mustExist(findBatch(db, batch.id));
    writeAudit(db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'import_batch',
      entityId: batch.id,
      action: 'update',
      before: batch,
      after,
    });
    return after;
  });
}
