import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from './statements';
import type { whereClause } from './where';

/*
 * The tail every list screen's query shares: count the matches, then read one page of them in a
 * fixed order. The lists differ only in their tables, filters and order, which the callers give
 * as SQL constants (filters through `whereClause`, so every value stays a bound parameter).
 */

type Where = ReturnType<typeof whereClause>;

/** LIMIT and OFFSET of a page numbered from 1, as the screens ask for one. */
export function pageWindow(q: { page: number; pageSize: number }): { limit: number; offset: number } {
  return { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
}

export interface PageQuery {
  /** The FROM part the matches are counted over (`people p`, `exercises e`…). */
  countFrom: string;
  /** `SELECT … FROM …` of the page's rows; the WHERE, ORDER BY and LIMIT are added. */
  select: string;
  where: Where;
  /** The page's order; a function when it depends on the number of matches (see `nameOrderBy`). */
  orderBy: string | ((total: number) => string);
  /** Parameters of `select` beyond the filters' (e.g. @asOf). */
  params?: Record<string, unknown>;
  limit: number;
  offset: number;
}

/** The number of matching rows and the rows of one page, both over the same filters. */
export function countAndPage<R>(db: Database, q: PageQuery): { rows: R[]; total: number } {
  const params = { ...q.where.params, ...q.params };
  const total = (statement(db, `SELECT COUNT(*) AS n FROM ${q.countFrom} ${q.where.sql}`).get(params) as { n: number })
    .n;
  const orderBy = typeof q.orderBy === 'function' ? q.orderBy(total) : q.orderBy;
  const rows = statement(db, `${q.select} ${q.where.sql} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: q.limit,
    offset: q.offset,
  }) as R[];
  return { rows, total };
}

/**
 * The full rows of a page whose ids (in order) were picked on cheap columns first: `select`
 * (`SELECT … FROM …` with per-row subqueries too costly to run for every match) is read for
 * those ids only, and the rows come back in the ids' order.
 */
export function rowsOfIds<R extends { id: string }, T>(
  db: Database,
  q: { select: string; idColumn: string; params?: Record<string, unknown> },
  ids: readonly string[],
  build: (row: R) => T,
): T[] {
  if (ids.length === 0) return [];
  const rows = statement(db, `${q.select} WHERE ${q.idColumn} IN (SELECT value FROM json_each(@ids))`).all({
    ...q.params,
    ids: JSON.stringify(ids),
  }) as R[];
  const byId = new Map(rows.map((row) => [row.id, build(row)]));
  return ids.map((id) => byId.get(id)!);
}

/**
 * The page (numbered from 1) on which the row `id` falls under the same filters and order as
 * `countAndPage`, or null when the filters leave it out: a list shows a record just saved there.
 * The ordered matches are numbered in SQL, so nothing but one number leaves the database.
 */
export function pageOfId(
  db: Database,
  q: Omit<PageQuery, 'limit' | 'offset' | 'orderBy'> & { orderBy: string; pageSize: number; id: string },
): number | null {
  const params = { ...q.where.params, ...q.params, focusId: q.id };
  const row = statement(
    db,
    `WITH ordered AS (${q.select} ${q.where.sql} ORDER BY ${q.orderBy})
     SELECT n FROM (SELECT id, ROW_NUMBER() OVER () AS n FROM ordered) WHERE id = @focusId`,
  ).get(params) as { n: number } | undefined;
  return row ? Math.ceil(row.n / q.pageSize) : null;
}
