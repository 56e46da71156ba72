import fs from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../api/errors';
import { vietnameseSortKey } from '../shared/vietnamese-text';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { backUpBeforeUpgrade } from './upgrade-backup';
import type { Migration } from './migrations/types';

export type { Database };

export interface OpenOptions {
  /** For tests of the migration runner; the product always uses the full list. */
  migrations?: readonly Migration[];
}

/**
 * Checks an existing file read-only before anything writes to it: a file from a
 * newer program, or a damaged one, is refused and left byte-for-byte as it was.
 * Returns the file's schema version.
 */
function inspectExisting(file: string, latest: number): number {
  let probe: Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const fileVersion = probe.pragma('user_version', { simple: true }) as number;
    if (fileVersion > latest) {
      throw ApiError.of('DB_NEWER_VERSION', { fileVersion, supported: latest });
    }
    const rows = probe.pragma('quick_check') as Array<{ quick_check: string }>;
    const first = rows[0]?.quick_check;
    if (first !== 'ok') {
      throw ApiError.of('DB_DAMAGED', {
        detail: rows
          .map((r) => r.quick_check)
          .slice(0, 3)
          .join('; '),
      });
    }
    return fileVersion;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // SQLITE_NOTADB, SQLITE_CORRUPT…: the file cannot even be read as a database.
    throw ApiError.of('DB_DAMAGED', { detail: (error as Error).message });
  } finally {
    probe?.close();
  }
}

/** Opens (creating if needed) the office database with our pragmas and migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const list = options.migrations ?? migrations;
  const latest = options.migrations ? list.length : LATEST_SCHEMA_VERSION;
  const fileVersion = fs.existsSync(file) && fs.statSync(file).size > 0 ? inspectExisting(file, latest) : 0;

  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MB of page cache (default 2 MB): list pages join records to people by random lookups.
    db.pragma('cache_size = -32000');
    // Vietnamese order in SQL: better-sqlite3 cannot add collations, but it can add this function.
    db.function('vi_sort_key', { deterministic: true }, (text: unknown) =>
      text === null ? null : vietnameseSortKey(String(text)),
    );
    // A program upgrade: copy the office's data first, so a failed or faulty migration can be undone.
    if (fileVersion > 0 && fileVersion < latest) backUpBeforeUpgrade(db, file, fileVersion);
    migrate(db, list);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
