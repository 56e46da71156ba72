import { errorSentence } from '../shared/fs-errors';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../kernel/errors';
import { PRIVATE_DIR_MODE } from '../encryption/private-files';
import { BACKUP_EXTENSION, officeHeader } from '../backup/container';
import { sealVerified } from '../backup/seal';

/** Backups live beside the database in the user data folder, never in the install folder. */
export const BACKUP_FOLDER = 'backups';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `truoc-nang-cap-v<old>-<yyyymmdd-hhmmss>.qsdpbak` ("before upgrade"): sorts by time, names the old version. */
export function upgradeBackupName(fromVersion: number, at: Date): string {
  const stamp =
    `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}` +
    `-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `truoc-nang-cap-v${fromVersion}-${stamp}${BACKUP_EXTENSION}`;
}

function freePath(folder: string, name: string): string {
  let candidate = path.join(folder, name);
  for (let i = 2; fs.existsSync(candidate); i += 1) {
    candidate = path.join(folder, name.replace(BACKUP_EXTENSION, `-${i}${BACKUP_EXTENSION}`));
  }
  return candidate;
}

/**
 * Copies the database before the migrations of a program upgrade touch it, as a backup container
 * of the office's key (backup/container.ts), and proves the copy opens at the old version.
 * `VACUUM INTO` is SQLite's own consistent copy and, unlike `db.backup()`, synchronous, so opening
 * the database stays synchronous. On any failure nothing has been migrated yet and the error stops
 * the opening. A plain database (`key` null: only while an older file is checked) gets no copy here:
 * the encryption step made its own verified copy first.
 */
export function backUpBeforeUpgrade(
  db: Database,
  databaseFile: string,
  fromVersion: number,
  key: Buffer | null,
  at = new Date(),
): string | null {
  if (!key) return null;
  const folder = path.join(path.dirname(databaseFile), BACKUP_FOLDER);
  const scratch = `${databaseFile}.truoc-nang-cap.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
    fs.rmSync(scratch, { force: true });
    const copy = freePath(folder, upgradeBackupName(fromVersion, at));
    db.prepare('VACUUM INTO ?').run(scratch);
    // Checked against the old version: the copy must open as the program that made it left it.
    const verified = sealVerified(
      scratch,
      copy,
      officeHeader(key, fromVersion, '', at),
      key,
      { officeKey: key },
      fromVersion,
    );
    if (verified.schemaVersion !== fromVersion) {
      fs.rmSync(copy, { force: true });
      throw new Error(`user_version ${verified.schemaVersion}, expected ${fromVersion}`);
    }
    return copy;
  } catch (error) {
    throw ApiError.of('DB_UPGRADE_BACKUP_FAILED', { folder, detail: errorSentence(error, folder) });
  } finally {
    fs.rmSync(scratch, { force: true });
  }
}
