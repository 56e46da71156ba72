/**
 * Import batches: every committed import is recorded with the rows it wrote, so it can be undone
 * as a whole — every row it created deleted and every person it updated put back, in one
 * transaction with its audit entries — as long as nothing has touched those rows since (their
 * version is the one the import left) and nothing else has been attached to them (a person since
 * put in a militia unit). What "attached" means is read from the schema's foreign keys.
 */
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { format, vi } from '../messages/vi';
import { getPerson, updatePerson, type Person } from '../people';
import { formatDisplayDate, localIsoDate } from '../shared/dates';
import {
  batchItems,
  closedCampaignYearOf,
  deleteRow,
  findBatch,
  insertBatch,
  insertBatchItem,
  listBatches,
  markUndone,
  readRow,
  referencesTo,
  referencingIds,
  rowStamp,
  type BatchItem,
} from './batch-repository';
import type { ImportTarget } from './mapping';
import type { ImportBatch, ImportBatchPage } from './types';

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

const ENTITY: Record<string, string> = {
  people: 'person',
  conscription_records: 'conscription_record',
  conscription_transitions: 'conscription_transition',
  militia_memberships: 'militia_membership',
  reservists: 'reservist',
};
const entityOf = (table: string) => ENTITY[table] ?? table;
const key = (table: string, id: string) => `${table}:${id}`;

/**
 * Inside the import's transaction, after its last row: the batch and its rows. A created row
 * brings the rows pointing at it (a conscription record's first steps, written by the service):
 * they were made by the import too, and go with it.
 */
export function recordBatch(ctx: ApiContext, meta: BatchMeta, written: readonly WrittenRow[]): string {
  const db = ctx.db;
  const refs = referencesTo(db);
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
    const stamp = rowStamp(db, row.table, row.id);
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
    for (const ref of refs.get(row.table) ?? [])
      for (const child of referencingIds(db, ref, row.id))
        add({ ...row, table: ref.table, id: child, before: undefined });
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

/** What stops the undo, first rows first: a row changed or gone, or something else attached to it. */
function blocksOf(ctx: ApiContext, items: readonly BatchItem[]): string[] {
  const refs = referencesTo(ctx.db);
  const own = new Set(items.map((i) => key(i.tableName, i.rowId)));
  const t = vi.import.undo;
  const blocks: string[] = [];
  for (const item of items) {
    const where = { row: item.excelRow ?? '?', name: item.label };
    const stamp = rowStamp(ctx.db, item.tableName, item.rowId);
    const closedYear = item.tableName === 'conscription_records' ? closedCampaignYearOf(ctx.db, item.rowId) : null;
    if (!stamp) blocks.push(format(t.gone, where));
    else if (stamp.version !== item.rowVersion || stamp.updatedAt !== item.rowUpdatedAt)
      blocks.push(format(t.changed, where));
    else if (closedYear !== null) blocks.push(format(t.campaignClosed, { ...where, year: closedYear }));
    else if (item.action === 'create') {
      const foreign = (refs.get(item.tableName) ?? []).find((ref) =>
        referencingIds(ctx.db, ref, item.rowId).some((child) => !own.has(key(ref.table, child))),
      );
      if (foreign) blocks.push(format(t.dependent, { ...where, what: t.tables[foreign.table] ?? t.other }));
    }
  }
  return [...new Set(blocks)];
}

/** The person's own fields as they were before the import (the form's input, without id and version). */
function restoredFields(before: Person) {
  return {
    familyName: before.familyName,
    middleName: before.middleName,
    givenName: before.givenName,
    birthDate: before.birthDate,
    sex: before.sex,
    citizenId: before.citizenId,
    localityId: before.localityId,
    address: before.address,
    phone: before.phone,
    ethnicity: before.ethnicity,
    religion: before.religion,
    education: before.education,
    occupation: before.occupation,
    notes: before.notes,
  };
}

export function undoImportBatch(ctx: ApiContext, input: { id: string; version: number }): ImportBatch {
  return inTransaction(ctx, () => {
    const db = ctx.db;
    const batch = mustExist(findBatch(db, input.id));
    if (batch.undoneAt !== null)
      throw ApiError.of('IMPORT_BATCH_UNDONE', { at: formatDisplayDate(localIsoDate(new Date(batch.undoneAt))) });
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
    for (const item of [...items].reverse()) {
      if (item.action === 'update') {
        const current = getPerson(ctx, item.rowId);
        const before = JSON.parse(item.beforeJson!) as Person;
        updatePerson(ctx, { ...restoredFields(before), id: current.id, version: current.version });
        continue;
      }
      const before = readRow(db, item.tableName, item.rowId);
      deleteRow(db, item.tableName, item.rowId);
      writeAudit(db, {
        actor: ctx.actor,
        at: ctx.now(),
        entity: entityOf(item.tableName),
        entityId: item.rowId,
        action: 'delete',
        before,
        after: null,
      });
    }
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
