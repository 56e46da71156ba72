import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../api/errors';
import { keyIdOf } from '../encryption/key-file';
import { PRIVATE_DIR_MODE, syncFolder } from '../encryption/private-files';
import { BACKUP_EXTENSION, writeContainer } from '../backup/container';
import { openBackup } from '../backup/verify';

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
  let copy: string | undefined;
  const scratch = `${databaseFile}.truoc-nang-cap.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
    fs.rmSync(scratch, { force: true });
    copy = freePath(folder, upgradeBackupName(fromVersion, at));
    db.prepare('VACUUM INTO ?').run(scratch);
    const header = {
      format: 1 as const,
      createdAt: at.toISOString(),
      schemaVersion: fromVersion,
      office: '',
      protection: 'office' as const,
      keyId: keyIdOf(key),
    };
    writeContainer(scratch, `${copy}.dang-ghi`, header, key);
    const { verified } = openBackup(`${copy}.dang-ghi`, { officeKey: key }, { latest: fromVersion, depth: 'quick' });
    if (verified.schemaVersion !== fromVersion) {
      throw new Error(`user_version ${verified.schemaVersion}, expected ${fromVersion}`);
    }
    fs.renameSync(`${copy}.dang-ghi`, copy);
    syncFolder(folder);
    return copy;
  } catch (error) {
    if (copy) fs.rmSync(`${copy}.dang-ghi`, { force: true });
    throw ApiError.of('DB_UPGRADE_BACKUP_FAILED', { folder, detail: (error as Error).message });
  } finally {
    fs.rmSync(scratch, { force: true });
  }
}
