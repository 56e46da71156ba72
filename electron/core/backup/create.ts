import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../api/errors';
import { keyIdOf } from '../encryption/key-file';
import { syncFolder } from '../encryption/private-files';
import { seal } from '../encryption/sealed';
import { connect, KEY_BYTES, rekeyDatabase } from '../encryption/sqlcipher';
import { writeContainer, type BackupHeader } from './container';
import { officeTag } from './files';
import { openBackup, type VerifiedFile } from './verify';

export interface CreatedBackup extends VerifiedFile {
  file: string;
  size: number;
}

export interface BackupProtectionChoice {
  /** The office's data key: the live database is encrypted with it. */
  officeKey: Buffer;
  /** Given: the copy gets its own key, sealed with this passphrase (a copy taken off the PC). */
  passphrase?: string | null;
}

/**
 * Writes a backup container (container.ts) of the live database: a consistent encrypted copy
 * (`VACUUM INTO` from the keyed connection, so no page is ever written in the clear), moved to a
 * key of its own when a passphrase protects it, framed with its MAC under a temporary name,
 * verified as a restore would (MAC, key, integrity, foreign keys), and only then given its final
 * name. A file under a backup's name is therefore always a verified backup; a copy that fails is
 * deleted: a bad backup is worse than none, because someone would trust it.
 */
export async function createBackup(db: Database, file: string, choice: BackupProtectionChoice): Promise<CreatedBackup> {
  const folder = path.dirname(file);
  const partial = `${file}.${process.pid}.dang-ghi`;
  let scratch: string | null = null;
  try {
    scratch = fs.mkdtempSync(path.join(folder, '.qsdp-sao-luu-'));
    const copy = path.join(scratch, 'qsdp.sqlite');
    db.prepare('VACUUM INTO ?').run(copy);
    const common = {
      format: 1 as const,
      createdAt: new Date().toISOString(),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      office: officeTag(db),
    };
    let bodyKey = choice.officeKey;
    let header: BackupHeader = { ...common, protection: 'office', keyId: keyIdOf(choice.officeKey) };
    if (choice.passphrase) {
      // A copy that leaves the PC gets a key of its own, sealed with the passphrase: the office key never travels.
      bodyKey = randomBytes(KEY_BYTES);
      const moving = connect(copy, choice.officeKey, { fileMustExist: true });
      try {
        rekeyDatabase(moving, bodyKey);
      } finally {
        moving.close();
      }
      header = { ...common, protection: 'passphrase', sealedKey: seal(bodyKey, choice.passphrase) };
    }
    writeContainer(copy, partial, header, bodyKey);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw ApiError.of('BACKUP_WRITE_FAILED', { folder, detail: (error as Error).message });
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
  try {
    const { verified } = openBackup(partial, choice, { depth: 'quick' });
    fs.renameSync(partial, file);
    syncFolder(folder);
    return { ...verified, file, size: fs.statSync(file).size };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    const detail = error instanceof ApiError ? error.message : (error as Error).message;
    throw ApiError.of('BACKUP_VERIFY_FAILED', { detail });
  }
}
