import fs from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../kernel/errors';
import { PRIVATE_FILE_MODE } from '../encryption/private-files';
import { connect, isNotADatabase } from '../encryption/sqlcipher';
import { foldVietnamese, vietnameseSortKey } from '../shared/vietnamese-text';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { backUpBeforeUpgrade } from './upgrade-backup';
import type { Migration } from './migrations/types';

export type { Database };

export interface OpenOptions {
  /**
   * The office's data key (encryption/): every page of the file, its WAL and its journal are
   * encrypted with it. null only for plain files of older versions being checked or converted.
   */
  key: Buffer | null;
  /** For tests of the migration runner; the product always uses the full list. */
  migrations?: readonly Migration[];
}

/**
 * A read-only connection, after a power cut's unfinished transaction is undone: a file in
 * rollback-journal mode (a restored file until it is reopened in WAL mode) may have a hot journal,
 * which a read-only connection refuses to roll back (SQLITE_READONLY_ROLLBACK). Rolling it back is
 * what any connection that can write does first, and gives the file exactly as it was before the cut.
 */
function openReadOnly(file: string, key: Buffer | null): Database {
  let probe: Database | undefined;
  try {
    probe = connect(file, key, { readonly: true, fileMustExist: true });
    probe.pragma('schema_version');
    return probe;
  } catch (error) {
    probe?.close();
    if ((error as { code?: string }).code !== 'SQLITE_READONLY_ROLLBACK') throw error;
    const writer = connect(file, key, { fileMustExist: true });
    try {
      writer.pragma('schema_version');
    } finally {
      writer.close();
    }
    return connect(file, key, { readonly: true, fileMustExist: true });
  }
}

/**
 * Checks an existing file read-only before anything writes to it: a file from a
 * newer program, or a damaged one, is refused and left byte-for-byte as it was.
 * Returns the file's schema version.
 */
function inspectExisting(file: string, latest: number, key: Buffer | null): number {
  let probe: Database | undefined;
  try {
    probe = openReadOnly(file, key);
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
    // Through a key, a wrong key and a file of noise look alike: name the likelier one.
    if (key && isNotADatabase(error)) throw ApiError.of('DB_KEY_NOT_THIS_DATABASE', { file });
    // SQLITE_NOTADB, SQLITE_CORRUPT…: the file cannot even be read as a database.
    throw ApiError.of('DB_DAMAGED', { detail: (error as Error).message });
  } finally {
    probe?.close();
  }
}

/** Opens (creating if needed) the office database with our pragmas and migrates it. */
export function openDatabase(file: string, options: OpenOptions): Database {
  const list = options.migrations ?? migrations;
  const latest = options.migrations ? list.length : LATEST_SCHEMA_VERSION;
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  const fileVersion = exists ? inspectExisting(file, latest, options.key) : 0;
  // A new file is private from its first byte; SQLite gives its -wal and -shm the same mode.
  if (!exists) fs.writeFileSync(file, '', { mode: PRIVATE_FILE_MODE });

  const db = connect(file, options.key);
  try {
    db.pragma('journal_mode = WAL');
    // Sorts and temporary indexes stay in memory: a temporary file would hold decrypted rows.
    db.pragma('temp_store = MEMORY');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 128 MB of page cache at most (default 2 MB; filled only as pages are read): list pages join records to
    // people by random lookups, and a page read again from the OS's cache must be decrypted and its HMAC
    // checked again; kept in this cache it is not (at 100,000 people: overview 762 → 361 ms, bench in issue 15).
    db.pragma('cache_size = -131072');
    // Vietnamese order in SQL: better-sqlite3 cannot add collations, but it can add this function.
    db.function('vi_sort_key', { deterministic: true }, (text: unknown) =>
      text === null ? null : vietnameseSortKey(String(text)),
    );
    // Accent-free search in SQL for texts that keep no folded copy (course titles, places): the same
    // rule as the people search and the renderer's pickers, so "huan luyen" finds "Huấn luyện".
    db.function('vi_fold', { deterministic: true }, (text: unknown) =>
      text === null ? null : foldVietnamese(String(text)),
    );
    // A program upgrade: copy the office's data first, so a failed or faulty migration can be undone.
    if (fileVersion > 0 && fileVersion < latest) backUpBeforeUpgrade(db, file, fileVersion, options.key);
    migrate(db, list);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
