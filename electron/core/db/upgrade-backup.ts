import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../api/errors';

/** Backups live beside the database in the user data folder, never in the install folder. */
export const BACKUP_FOLDER = 'backups';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `truoc-nang-cap-v<old>-<yyyymmdd-hhmmss>.sqlite` ("before upgrade"): sorts by time, names the old version. */
export function upgradeBackupName(fromVersion: number, at: Date): string {
  const stamp =
    `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}` +
    `-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `truoc-nang-cap-v${fromVersion}-${stamp}.sqlite`;
}

function freePath(folder: string, name: string): string {
  let candidate = path.join(folder, name);
  for (let i = 2; fs.existsSync(candidate); i += 1) {
    candidate = path.join(folder, name.replace(/\.sqlite$/, `-${i}.sqlite`));
  }
  return candidate;
}

function verifyCopy(copy: string, fromVersion: number): void {
  const probe = new BetterSqlite3(copy, { readonly: true, fileMustExist: true });
  try {
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version !== fromVersion) throw new Error(`user_version ${version}, expected ${fromVersion}`);
    const check = probe.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new Error(check);
  } finally {
    probe.close();
  }
}

/**
 * Copies the database before the migrations of a program upgrade touch it, and proves the copy opens at the old
 * version. `VACUUM INTO` is SQLite's own consistent copy and, unlike `db.backup()`, synchronous, so opening the
 * database stays synchronous. On any failure nothing has been migrated yet and the error stops the opening.
 */
export function backUpBeforeUpgrade(db: Database, databaseFile: string, fromVersion: number, at = new Date()): string {
  const folder = path.join(path.dirname(databaseFile), BACKUP_FOLDER);
  let copy: string | undefined;
  try {
    fs.mkdirSync(folder, { recursive: true });
    copy = freePath(folder, upgradeBackupName(fromVersion, at));
    db.prepare('VACUUM INTO ?').run(copy);
    verifyCopy(copy, fromVersion);
    return copy;
  } catch (error) {
    if (copy) fs.rmSync(copy, { force: true });
    throw ApiError.of('DB_UPGRADE_BACKUP_FAILED', { folder, detail: (error as Error).message });
  }
}
