/**
 * What a feature offers the import's undo (import/batch-service.ts): each feature an import writes
 * into takes back its own rows through this face — its repository knows its tables, what may
 * since point at its rows, and its audit entity — so the import never builds SQL from a table
 * name it read from a batch. The faces are registered in one whitelist (import/undo-faces.ts).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ApiContext } from './context';

/** A row's version and updated_at: recorded when the import ends, compared when it is undone. */
export interface RowStamp {
  version: number;
  updatedAt: string;
}

/** A row an import wrote, as its batch recorded it; `kind` names the feature's table. */
export interface ImportedRow {
  kind: string;
  id: string;
  action: 'create' | 'update';
  stamp: RowStamp | null;
  /** update: the row's values before the import (JSON), put back by the undo. */
  beforeJson: string | null;
}

/** Why one imported row cannot be taken back; null from `check` when nothing stops it. */
export type ImportedRowBlock =
  | { reason: 'gone' }
  | { reason: 'changed' }
  | { reason: 'campaignClosed'; year: number }
  /** Something outside the batch now points at the row: the table it lives in, named by the feature. */
  | { reason: 'dependent'; dependant: string };

/** Whether a row (of any kind) was written by the same batch: its rows do not block each other. */
export type OwnRow = (kind: string, id: string) => boolean;

export interface ImportedRowsFace {
  /** The kinds of rows (the feature's tables) this face takes back. */
  readonly kinds: readonly string[];
  /** The row as it is now; null when it is gone. */
  stamp(db: Database, kind: string, id: string): RowStamp | null;
  /** The rows the feature's service wrote with a created row (a record's first steps): recorded, and undone, with it. */
  companions(db: Database, kind: string, id: string): Array<{ kind: string; id: string }>;
  /** Whether the row can be taken back: unchanged since the import, and nothing outside the batch attached to it. */
  check(ctx: ApiContext, row: ImportedRow, own: OwnRow): ImportedRowBlock | null;
  /** Inside the undo's transaction, once every row passed `check`: deletes a created row, puts an updated one back; audited. */
  takeBack(ctx: ApiContext, row: ImportedRow): void;
}

/** The check every face starts with: the row is still there, at the version the import left. */
export function stampBlock(row: ImportedRow, now: RowStamp | null): ImportedRowBlock | null {
  if (!now) return { reason: 'gone' };
  if (!row.stamp || now.version !== row.stamp.version || now.updatedAt !== row.stamp.updatedAt)
    return { reason: 'changed' };
  return null;
}

/** One foreign key to an imported kind of row: the table holding it and its column. */
export interface DependantLink {
  readonly table: string;
  readonly column: string;
}

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

/**
 * The one query that finds every row pointing at an imported row, one UNION branch per link, each
 * row named by its table. The table and column names are fixed constants in the face's code (its
 * `*_DEPENDANTS` list, held to the schema's foreign keys by import/undo-faces.test.ts), never data
 * from a batch or a user; the row's id is always a bound value (@id). The identifier check only
 * turns a typo in such a constant into an error at startup instead of odd SQL.
 */
export function dependantsSql(links: readonly DependantLink[]): string {
  if (links.length === 0) throw new Error('dependantsSql: no links');
  for (const { table, column } of links)
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(column))
      throw new Error(`dependantsSql: not an identifier: ${table}.${column}`);
  return links
    .map(({ table, column }) => `SELECT '${table}' AS dependant, id FROM ${table} WHERE ${column} = @id`)
    .join('\n UNION ALL ');
}
