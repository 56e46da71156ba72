import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { addDays } from '../shared/dates';
import type { AuditFilter, AuditListInput } from './schema';
import { entityLabel, localDayStart, toView, type AuditEntryView, type AuditRecord } from './view';
import { countAndPage, pageWindow } from '../db/paging';
import { whereClause } from '../db/where';
import { recordNameSql } from './record-name';
import type { ListPage } from '../shared/list-page';

export type AuditPage = ListPage<AuditEntryView>;

export interface AuditFacets {
  actors: string[];
  entities: Array<{ value: string; label: string }>;
}

const COLUMNS = `seq, id, at, actor, entity, entity_id, action, before_json, after_json, hash`;
/** The list's and a record's history's columns: the stored ones and the record's name. */
const NAMED_COLUMNS = `${COLUMNS}, ${recordNameSql('audit_log')}`;

/**
 * The WHERE clause for the filters, with fixed SQL text per combination (values are parameters).
 * A "to" day includes the whole day: rows before the next day's local midnight.
 */
export function whereOf(filter: AuditFilter) {
  return whereClause([
    filter.actor && ['actor = @actor', { actor: filter.actor }],
    filter.entity && ['entity = @entity', { entity: filter.entity }],
    filter.entityId && ['entity_id = @entityId', { entityId: filter.entityId }],
    filter.from && ['at >= @from', { from: localDayStart(filter.from) }],
    filter.to && ['at < @to', { to: localDayStart(addDays(filter.to, 1)) }],
  ]);
}

/** One page of the log, newest first, paged in SQL. */
export function listAudit(ctx: ApiContext, input: AuditListInput): AuditPage {
  const { rows, total } = countAndPage<AuditRecord>(ctx.db, {
    countFrom: 'audit_log',
    select: `SELECT ${NAMED_COLUMNS} FROM audit_log`,
    where: whereOf(input),
    orderBy: 'seq DESC',
    ...pageWindow(input),
  });
  return { rows: rows.map(toView), total, page: input.page, pageSize: input.pageSize };
}

/** Every filtered row, newest first, for the export (streamed by the caller's loop). */
export function* auditRows(ctx: ApiContext, filter: AuditFilter): Generator<AuditRecord> {
  const where = whereOf(filter);
  yield* statement(ctx.db, `SELECT ${NAMED_COLUMNS} FROM audit_log ${where.sql} ORDER BY seq DESC`).iterate(
    where.params,
  ) as IterableIterator<AuditRecord>;
}

/** A record's own change history, newest first (uses the entity index). */
export function auditForEntity(ctx: ApiContext, input: { entity: string; entityId: string }): AuditEntryView[] {
  const rows = statement(
    ctx.db,
    `SELECT ${NAMED_COLUMNS} FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq DESC`,
  ).all(input.entity, input.entityId) as AuditRecord[];
  return rows.map(toView);
}

/** The users and record types present in the log, for the filters' choices. */
export function auditFacets(ctx: ApiContext): AuditFacets {
  const actors = statement(ctx.db, `SELECT DISTINCT actor FROM audit_log ORDER BY actor`).pluck().all() as string[];
  const entities = statement(ctx.db, `SELECT DISTINCT entity FROM audit_log`).pluck().all() as string[];
  return {
    actors,
    entities: entities
      .map((value) => ({ value, label: entityLabel(value) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
  };
}
