import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { addDays } from '../shared/dates';
import type { AuditFilter, AuditListInput } from './schema';
import { entityLabel, localDayStart, toView, type AuditEntryView, type AuditRecord } from './view';

export interface AuditPage {
  rows: AuditEntryView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditFacets {
  actors: string[];
  entities: Array<{ value: string; label: string }>;
}

const COLUMNS = `seq, id, at, actor, entity, entity_id, action, before_json, after_json, hash`;

/**
 * The WHERE clause for the filters, with fixed SQL text per combination (values are parameters).
 * A "to" day includes the whole day: rows before the next day's local midnight.
 */
export function whereOf(filter: AuditFilter): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.actor) {
    clauses.push('actor = ?');
    params.push(filter.actor);
  }
  if (filter.entity) {
    clauses.push('entity = ?');
    params.push(filter.entity);
  }
  if (filter.entityId) {
    clauses.push('entity_id = ?');
    params.push(filter.entityId);
  }
  if (filter.from) {
    clauses.push('at >= ?');
    params.push(localDayStart(filter.from));
  }
  if (filter.to) {
    clauses.push('at < ?');
    params.push(localDayStart(addDays(filter.to, 1)));
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** One page of the log, newest first, paged in SQL. */
export function listAudit(ctx: ApiContext, input: AuditListInput): AuditPage {
  const where = whereOf(input);
  const total = (
    statement(ctx.db, `SELECT COUNT(*) AS n FROM audit_log ${where.sql}`).get(...where.params) as {
      n: number;
    }
  ).n;
  const rows = statement(
    ctx.db,
    `SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY seq DESC LIMIT ? OFFSET ?`,
  ).all(...where.params, input.pageSize, (input.page - 1) * input.pageSize) as AuditRecord[];
  return { rows: rows.map(toView), total, page: input.page, pageSize: input.pageSize };
}

/** Every filtered row, newest first, for the export (streamed by the caller's loop). */
export function* auditRows(ctx: ApiContext, filter: AuditFilter): Generator<AuditRecord> {
  const where = whereOf(filter);
  yield* statement(ctx.db, `SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY seq DESC`).iterate(
    ...where.params,
  ) as IterableIterator<AuditRecord>;
}

/** A record's own change history, newest first (uses the entity index). */
export function auditForEntity(ctx: ApiContext, input: { entity: string; entityId: string }): AuditEntryView[] {
  const rows = statement(
    ctx.db,
    `SELECT ${COLUMNS} FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq DESC`,
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
