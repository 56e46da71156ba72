import { errorSentence } from '../shared/fs-errors';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../kernel/errors';
import { format, vi } from '../messages/vi';
import { BACKUP_EXTENSION } from './container';
import { findProfile } from '../office';
import { foldVietnamese } from '../shared/vietnamese-text';

export const BACKUPS_FOLDER = 'backups';
export const AUTO_FOLDER = 'auto';

export const backupsDir = (dataDir: string) => path.join(dataDir, BACKUPS_FOLDER);
export const autoBackupsDir = (dataDir: string) => path.join(dataDir, BACKUPS_FOLDER, AUTO_FOLDER);

const two = (n: number) => String(n).padStart(2, '0');

/** Local date-time as the office reads it: 2026-11-27-1015 (with seconds: 2026-11-27-101503). */
export function fileStamp(at: Date, withSeconds = false): string {
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `${date}-${two(at.getHours())}${two(at.getMinutes())}${withSeconds ? two(at.getSeconds()) : ''}`;
}

/**
 * Reads the local date-time back from a name made by `backupFileName`. A "-2",
 * "-3"… taken in the same second counts as 1, 2… ms later, so order is kept.
 */
export function stampDate(name: string): Date | null {
  const m = /(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})?(?:-(\d+))?\.(?:sqlite|qsdpbak)$/.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s, n] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, s!, n! > 1 ? n! - 1 : 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The office's symbol (or name) folded to ASCII for a file name: "BCH", "BAN-CHQS-PHUONG-1". */
export function officeTag(db: Database): string {
  const profile = findProfile(db);
  const source = profile?.symbol?.trim() || profile?.name?.trim() || '';
  const tag = foldVietnamese(source)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return tag;
}

/** "qsdp-BCH-2026-11-27-1015.qsdpbak"; a second backup in the same minute gets "-2", "-3"… */
export function backupFileName(folder: string, tag: string, at: Date, withSeconds = false): string {
  const base = ['qsdp', tag, fileStamp(at, withSeconds)].filter(Boolean).join('-');
  let name = `${base}${BACKUP_EXTENSION}`;
  for (let n = 2; fs.existsSync(path.join(folder, name)); n += 1) name = `${base}-${n}${BACKUP_EXTENSION}`;
  return name;
}

/**
 * A folder typed by the user (browser mode cannot show a folder picker): it
 * must be absolute, exist, be a folder and accept writes. Reported as a field error.
 */
export function checkBackupFolder(folder: string, field = 'folder'): string {
  const fail = (detail: string): never => {
    throw ApiError.fields(
      { [field]: detail },
      'BACKUP_FOLDER_INVALID',
      ApiError.of('BACKUP_FOLDER_INVALID', { detail }).message,
    );
  };
  const text = folder.trim();
  if (!path.isAbsolute(text) && !path.win32.isAbsolute(text)) fail(vi.backup.folderNotAbsolute);
  try {
    if (!fs.statSync(text).isDirectory()) fail(format(vi.files.notFolder, { path: text }));
    fs.accessSync(text, fs.constants.W_OK);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    fail(errorSentence(error, text));
  }
  return text;
}

/** Removes a database file and the journal files SQLite may have left beside it. */
export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}
