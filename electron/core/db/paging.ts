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

/** The query `pageOfId` numbers: a list's own FROM, filters and order, read for one row's place. */
export interface FocusQuery extends Omit<PageQuery, 'limit' | 'offset' | 'orderBy' | 'countFrom'> {
  /** The list's whole order; it must end with the row's id so ties fall the same way every time. */
  orderBy: string;
  /** Common table expressions the select needs (`loc AS (…)`), without the WITH. */
  with?: string;
  pageSize: number;
  id: string;
}

// The order ends with an id column (`p.id`, `r.id DESC`): only then do the list's LIMIT/OFFSET and
// the numbering below put tied rows (same name, same date) in the same places.
const ENDS_WITH_ID = /(^|[\s,.])id(\s+(ASC|DESC))?\s*$/i;
const LEADING_SELECT = /^\s*SELECT\s+(?!DISTINCT\b)/i;

/**
 * The page (numbered from 1) on which the row `id` falls under the same filters and order as
 * `countAndPage`, or null when the filters leave it out: a list shows a record just saved there.
 * The matches are numbered in SQL by `ROW_NUMBER() OVER (ORDER BY <the list's order>)` — an
 * unordered `OVER ()` over an ordered subquery is not promised to keep that order — so nothing but
 * one number leaves the database. `select` must begin with SELECT and give the row's id as `id`.
 */
export function pageOfId(db: Database, q: FocusQuery): number | null {
  if (!ENDS_WITH_ID.test(q.orderBy)) throw new Error(`pageOfId: the order must end with the id: ${q.orderBy}`);
  if (!LEADING_SELECT.test(q.select)) throw new Error('pageOfId: the select must begin with SELECT');
  const numbered = q.select.replace(LEADING_SELECT, `SELECT ROW_NUMBER() OVER (ORDER BY ${q.orderBy}) AS qsdp_row_n, `);
  const params = { ...q.where.params, ...q.params, focusId: q.id };
  const row = statement(
    db,
    `${q.with ? `WITH ${q.with} ` : ''}SELECT qsdp_row_n AS n FROM (${numbered} ${q.where.sql}) WHERE id = @focusId`,
  ).get(params) as { n: number } | undefined;
  return row ? Math.ceil(row.n / q.pageSize) : null;
}

/** What a list answers about a record it was asked to show (`focusId`) beyond its rows. */
export interface FocusAnswer {
  /** The page shown: the one holding the record, or the one asked for. */
  page: number;
  /** The record asked for is left out by the current filters (the page asked for is shown). */
  focusOutside?: true;
}

/** The page to read for a list input with an optional `focusId`, and whether the record is left out. */
export function focusPage(
  db: Database,
  q: Omit<FocusQuery, 'id' | 'pageSize'>,
  input: { page: number; pageSize: number; focusId?: string },
): FocusAnswer {
  if (!input.focusId) return { page: input.page };
  const page = pageOfId(db, { ...q, pageSize: input.pageSize, id: input.focusId });
  return page === null ? { page: input.page, focusOutside: true } : { page };
}

/**
 * `countAndPage` for a list input that may ask for a record's page (`focusId`, a record just saved):
 * the rows of that page, or of the page asked for when the filters leave the record out.
 */
export function focusedCountAndPage<R>(
  db: Database,
  q: Omit<PageQuery, 'limit' | 'offset'>,
  input: { page: number; pageSize: number; focusId?: string },
): { rows: R[]; total: number } & FocusAnswer {
  // The order is the same whatever the count: the count only picks the index SQLite walks.
  const orderBy = typeof q.orderBy === 'function' ? q.orderBy(Number.MAX_SAFE_INTEGER) : q.orderBy;
  const focus = focusPage(db, { ...q, orderBy }, input);
  return { ...countAndPage<R>(db, { ...q, ...pageWindow({ ...input, page: focus.page }) }), ...focus };
}
