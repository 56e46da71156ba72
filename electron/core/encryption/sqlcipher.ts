import fs from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';

/** The office's data key: 256 random bits, the only thing that opens the database and its backups. */
export const KEY_BYTES = 32;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`a data key has ${KEY_BYTES} bytes, got ${key.length}`);
}

/** SQLCipher 4's format (AES-256 pages with an HMAC-SHA512 each), as SQLCipher itself and DB Browser read it. */
function chooseCipher(db: Database): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

/**
 * Keys a connection that was just opened, before anything reads the file. The key is given raw
 * (x'…'), so no passphrase derivation runs at each open; it is hex digits only, so nothing can
 * be injected into the pragma.
 */
export function applyDatabaseKey(db: Database, key: Buffer): void {
  assertKey(key);
  chooseCipher(db);
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** Opens a connection to `file`, keyed before anything reads it (`key` null: a plain file). */
export function connect(file: string, key: Buffer | null, options: BetterSqlite3.Options = {}): Database {
  const db = new BetterSqlite3(file, options);
  try {
    if (key) applyDatabaseKey(db, key);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Re-encrypts every page with `key`: encrypts a plain database (opened without a key), or moves a
 * keyed one (already keyed on this connection) to another key. Not in WAL mode.
 */
function rekeyDatabase(db: Database, key: Buffer): void {
  assertKey(key);
  chooseCipher(db);
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
}

/** SQLCipher's page size, which a rekey cannot change: a plain file of another size is rebuilt first. */
const CIPHER_PAGE_SIZE = 4096;

/**
 * Re-encrypts a closed database file in place: `from` null for a plain file (an older version's
 * database or backup, rebuilt at the cipher's page size when it has another), or the key it has
 * now. Leaves it in rollback-journal mode, a single self-contained file.
 */
export function rekeyFile(file: string, from: Buffer | null, to: Buffer): void {
  const db = connect(file, from, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    if (!from && db.pragma('page_size', { simple: true }) !== CIPHER_PAGE_SIZE) {
      // PRAGMA takes no bound parameters; the value is our own constant.
      db.pragma(`page_size = ${CIPHER_PAGE_SIZE}`);
      db.exec('VACUUM');
    }
    rekeyDatabase(db, to);
  } finally {
    db.close();
  }
}

/** Whether a file starts like a plain (unencrypted) SQLite database: an older QSĐP's, or anyone's. */
export function isPlainSqliteFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** SQLite's answer to a wrong key, or to a file that is no database at all: both read as noise. */
export function isNotADatabase(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'SQLITE_NOTADB';
}
