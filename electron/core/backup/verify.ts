import fs from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../api/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { format, vi } from '../messages/vi';

/** Tables every QSĐP database has had since the first migration. */
const CORE_TABLES = ['audit_log', 'office_profiles', 'localities', 'people'];
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface VerifiedFile {
  schemaVersion: number;
  /** True when the file is older than this program: a restore migrates it. */
  older: boolean;
}

function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

function checkOpen(db: Database, file: string, latest: number): VerifiedFile {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set(
    (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map(
      (t) => t.name,
    ),
  );
  if (schemaVersion < 1 || CORE_TABLES.some((t) => !tables.has(t))) throw ApiError.of('BACKUP_NOT_QSDP', { file });
  if (schemaVersion > latest) throw ApiError.of('BACKUP_NEWER', { fileVersion: schemaVersion, supported: latest });
  const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  if (integrity[0] !== 'ok') throw ApiError.of('BACKUP_DAMAGED', { file, detail: integrity.slice(0, 3).join('; ') });
  const orphans = db.pragma('foreign_key_check') as unknown[];
  if (orphans.length > 0) {
    throw ApiError.of('BACKUP_DAMAGED', { file, detail: format(vi.backup.foreignKeys, { count: orphans.length }) });
  }
  return { schemaVersion, older: schemaVersion < latest };
}

/**
 * Checks a backup (or any file offered as our database) without changing it:
 * a SQLite file, one of ours, not from a newer program, whole (`integrity_check`)
 * and with every foreign key pointing somewhere (`foreign_key_check`).
 * Throws an ApiError with a Vietnamese message naming what is wrong.
 */
export function verifyDatabaseFile(file: string, latest = LATEST_SCHEMA_VERSION): VerifiedFile {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw ApiError.of('BACKUP_FILE_MISSING', { file });
  if (!hasSqliteHeader(file)) throw ApiError.of('BACKUP_NOT_SQLITE', { file });
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    return checkOpen(db, file, latest);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // SQLITE_CORRUPT, SQLITE_NOTADB…: the header looked right but the pages do not.
    throw ApiError.of('BACKUP_DAMAGED', { file, detail: (error as Error).message });
  } finally {
    db?.close();
  }
}
