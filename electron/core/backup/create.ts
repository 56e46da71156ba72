import { errorSentence } from '../shared/fs-errors';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../kernel/errors';
import { seal } from '../encryption/sealed';
import { KEY_BYTES, rekeyFile } from '../encryption/sqlcipher';
import { officeHeader } from './container';
import { officeTag } from './files';
import { sealVerified } from './seal';
import type { VerifiedFile } from './verify';

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
 * Writes a backup of the live database: a consistent encrypted copy (`VACUUM INTO` from the keyed
 * connection, so no page is ever written in the clear), moved to a key of its own when a
 * passphrase protects it, then sealed and checked under a temporary name before it gets its own
 * (seal.ts).
 */
export async function createBackup(db: Database, file: string, choice: BackupProtectionChoice): Promise<CreatedBackup> {
  const folder = path.dirname(file);
  let scratch: string | null = null;
  try {
    scratch = fs.mkdtempSync(path.join(folder, '.qsdp-sao-luu-'));
    const copy = path.join(scratch, 'qsdp.sqlite');
    let bodyKey = choice.officeKey;
    let header = officeHeader(choice.officeKey, db.pragma('user_version', { simple: true }) as number, officeTag(db));
    try {
      db.prepare('VACUUM INTO ?').run(copy);
      if (choice.passphrase) {
        // A copy that leaves the PC gets a key of its own, sealed with the passphrase: the office key never travels.
        bodyKey = randomBytes(KEY_BYTES);
        rekeyFile(copy, choice.officeKey, bodyKey);
        const { keyId: _office, ...common } = header;
        header = { ...common, protection: 'passphrase', sealedKey: seal(bodyKey, choice.passphrase) };
      }
    } catch (error) {
      throw ApiError.of('BACKUP_WRITE_FAILED', { detail: errorSentence(error, folder) });
    }
    const verified = sealVerified(copy, file, header, bodyKey, choice);
    return { ...verified, file, size: fs.statSync(file).size };
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}
