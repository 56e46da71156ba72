import fs from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../api/errors';
import { removeDatabaseFile } from './files';
import { verifyDatabaseFile, type VerifiedFile } from './verify';

/** Copy every remaining page in the next step: fewer pauses in which the source can change. */
const ALL_PAGES = 0x7fffffff;

export interface CreatedBackup extends VerifiedFile {
  file: string;
  size: number;
}

/**
 * Writes a consistent copy of the live database with SQLite's online backup API,
 * makes it a single self-contained file (rollback journal instead of WAL, so a
 * copy on a USB stick needs no -wal/-shm beside it), then verifies it. A copy
 * that fails verification is deleted: a bad backup is worse than none, because
 * someone would trust it.
 */
export async function createBackup(db: Database, file: string): Promise<CreatedBackup> {
  try {
    await db.backup(file, { progress: () => ALL_PAGES });
    const copy = new BetterSqlite3(file, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  } catch (error) {
    removeDatabaseFile(file);
    throw ApiError.of('BACKUP_WRITE_FAILED', { folder: file, detail: (error as Error).message });
  }
  try {
    const verified = verifyDatabaseFile(file);
    return { ...verified, file, size: fs.statSync(file).size };
  } catch (error) {
    removeDatabaseFile(file);
    const detail = error instanceof ApiError ? error.message : (error as Error).message;
    throw ApiError.of('BACKUP_VERIFY_FAILED', { detail });
  }
}
