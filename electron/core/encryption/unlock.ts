import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../kernel/errors';
import { keyFilePath, keyIdOf, readKeyFile, writeKeyFile, type KeyFile, type KeyWrap } from './key-file';
import { encryptPlainDatabase } from './migrate-plain';
import { keyFromRecoveryCode } from './recovery-code';
import { seal, unseal } from './sealed';
import { connect, isNotADatabase, isPlainSqliteFile, KEY_BYTES } from './sqlcipher';

export const MIN_PASSPHRASE_LENGTH = 8;

/** The OS's own key store (Electron's safeStorage: DPAPI on Windows); plain Node has none. */
export interface OsKeyStore {
  wrap(key: Buffer): Promise<Buffer>;
  unwrap(data: Buffer): Promise<Buffer>;
}

/** What the program running the core can offer to unlock the data (each optional). */
export interface KeyHost {
  osStore?: OsKeyStore;
  /** The passphrase protecting the key where there is no OS store; 'new' when one is being set. */
  passphrase?(purpose: 'unlock' | 'new'): Promise<string | null>;
  /** The recovery code, asked only when nothing else opens the data (a new PC, Windows reinstalled). */
  recoveryCode?(): Promise<string | null>;
}

export interface UnlockedKey {
  key: Buffer;
  /** A new key was made (a new office, or an older version's plain data just encrypted). */
  created: boolean;
  /** An older version's plain database was encrypted in place. */
  migrated: boolean;
}

const DATABASE_FILE = 'qsdp.sqlite';

/** Whether `key` opens the database file (a quick read of its schema through the key). */
function opens(file: string, key: Buffer): boolean {
  const db = connect(file, key, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (error) {
    if (isNotADatabase(error)) return false;
    throw error;
  } finally {
    db.close();
  }
}

async function newPassphrase(host: KeyHost): Promise<string | null> {
  const passphrase = host.passphrase ? await host.passphrase('new') : null;
  if (passphrase !== null && passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw ApiError.of('PASSPHRASE_TOO_SHORT', { min: MIN_PASSPHRASE_LENGTH });
  }
  return passphrase;
}

/** The wraps this host can make: the OS's store when there is one, otherwise a passphrase. */
async function wrapsFor(key: Buffer, host: KeyHost): Promise<KeyWrap[]> {
  if (host.osStore) return [{ kind: 'os', data: (await host.osStore.wrap(key)).toString('base64') }];
  const passphrase = await newPassphrase(host);
  if (passphrase === null) throw ApiError.of('DB_KEY_NO_PROTECTION');
  return [{ kind: 'passphrase', sealed: seal(key, passphrase) }];
}

/** The key through this host's OS store, or null (no store here, no wrap of its kind, or a store that cannot open it). */
async function unwrapWithOs(file: KeyFile, host: KeyHost): Promise<Buffer | null> {
  const os = file.wraps.find((w) => w.kind === 'os');
  if (os?.kind !== 'os' || !host.osStore) return null;
  try {
    const key = await host.osStore.unwrap(Buffer.from(os.data, 'base64'));
    return keyIdOf(key) === file.keyId ? key : null;
  } catch {
    // Another Windows user, or Windows reinstalled: the passphrase or the recovery code may still open it.
    return null;
  }
}

async function unwrapWithPassphrase(file: KeyFile, host: KeyHost): Promise<Buffer | null> {
  const sealed = file.wraps.find((w) => w.kind === 'passphrase');
  if (sealed?.kind === 'passphrase' && host.passphrase) {
    const passphrase = await host.passphrase('unlock');
    if (passphrase !== null) {
      const key = unseal(sealed.sealed, passphrase);
      if (!key || keyIdOf(key) !== file.keyId) throw ApiError.of('DB_KEY_PASSPHRASE_WRONG');
      return key;
    }
  }
  return null;
}

async function fromRecoveryCode(host: KeyHost, database: string | null): Promise<Buffer | null> {
  const typed = host.recoveryCode ? await host.recoveryCode() : null;
  if (typed === null) return null;
  const key = keyFromRecoveryCode(typed);
  if (!key) throw ApiError.of('DB_KEY_RECOVERY_INVALID');
  if (database && !opens(database, key)) throw ApiError.of('DB_KEY_NOT_THIS_DATABASE', { file: database });
  return key;
}

/**
 * Finds the data key of the office in `dataDir`, whatever state the folder is in:
 *  - key file and database: unwrap with the OS store or the passphrase (or the recovery code),
 *    then add the wrap this host can make if it is missing (browser mode on the desktop's folder);
 *  - an encrypted database without its key file (a new PC): the recovery code, then a new key file;
 *  - a plain database of an older QSĐP: a new key, its key file, the file encrypted in place;
 *  - nothing yet: a new key and its key file.
 * Nothing is written before the key is known to open the data.
 */
export async function unlockDataKey(dataDir: string, host: KeyHost): Promise<UnlockedKey> {
  fs.mkdirSync(dataDir, { recursive: true });
  const database = path.join(dataDir, DATABASE_FILE);
  const hasDatabase = fs.existsSync(database) && fs.statSync(database).size > 0;
  const plain = hasDatabase && isPlainSqliteFile(database);
  let file: KeyFile | null;
  try {
    file = readKeyFile(dataDir);
  } catch {
    file = null;
    // Beside a plain database a key file can only be left by an encryption cut short: a new one is
    // made below. Without any database, it may be the key of a database moved away: never replaced.
    if (!hasDatabase) throw ApiError.of('DB_KEY_FILE_DAMAGED', { file: keyFilePath(dataDir) });
  }

  if (file && !plain) {
    const byOs = await unwrapWithOs(file, host);
    const key =
      byOs ?? (await unwrapWithPassphrase(file, host)) ?? (await fromRecoveryCode(host, hasDatabase ? database : null));
    if (!key) {
      const osFailed = host.osStore !== undefined && file.wraps.some((w) => w.kind === 'os');
      throw ApiError.of(osFailed ? 'DB_KEY_OS_STORE_FAILED' : 'DB_KEY_LOCKED');
    }
    if (keyIdOf(key) !== file.keyId) throw ApiError.of('DB_KEY_NOT_THIS_DATABASE', { file: database });
    // Keep the key the way this host can open it next time: a new OS wrap when the old one no longer
    // opens (Windows reinstalled), a passphrase where there is no OS store and none yet.
    const stale = host.osStore ? byOs === null : !file.wraps.some((w) => w.kind === 'passphrase');
    if (stale) {
      const kept = file.wraps.filter((w) => (host.osStore ? w.kind !== 'os' : true));
      writeKeyFile(dataDir, { ...file, wraps: [...kept, ...(await wrapsFor(key, host))] });
    }
    return { key, created: false, migrated: false };
  }

  if (hasDatabase && !plain) {
    const key = await fromRecoveryCode(host, database);
    if (!key) throw ApiError.of('DB_KEY_LOCKED');
    writeKeyFile(dataDir, newKeyFile(key, await wrapsFor(key, host)));
    return { key, created: false, migrated: false };
  }

  const key = randomBytes(KEY_BYTES);
  // The key file first: a crash before the encryption leaves a plain file and a spare key (the next
  // start makes another); the other order could leave an encrypted file whose key was never kept.
  writeKeyFile(dataDir, newKeyFile(key, await wrapsFor(key, host)));
  if (plain) encryptPlainDatabase(database, key);
  return { key, created: true, migrated: plain };
}

function newKeyFile(key: Buffer, wraps: KeyWrap[]): KeyFile {
  return { format: 1, keyId: keyIdOf(key), createdAt: new Date().toISOString(), recoveryKeptAt: null, wraps };
}
