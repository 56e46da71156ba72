import { errorSentence } from '../shared/fs-errors';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../kernel/errors';
import { PRIVATE_FILE_MODE, syncFolder } from './private-files';
import { removeDatabaseFile } from '../backup/files';
import { connect, rekeyFile } from './sqlcipher';

/** Rows per table: what the encrypted copy must hold before it may replace the plain file. */
function rowCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  // Table names come from the file's own schema and are quoted as identifiers, never from input.
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/**
 * Encrypts the database of an older QSĐP in place, with a verified copy first: the plain file's
 * WAL is folded in, the file copied, the copy encrypted and checked (whole, every table with the
 * same number of rows), and only then renamed over the plain file. A failure at any step leaves
 * the plain file as it was. (The old plaintext sectors stay on the disk until overwritten: a
 * file system cannot promise more; the README says so.)
 */
export function encryptPlainDatabase(file: string, key: Buffer): void {
  const copy = `${file}.ma-hoa.tmp`;
  try {
    removeDatabaseFile(copy);
    const plain = connect(file, null, { fileMustExist: true });
    let expected: Record<string, number>;
    try {
      plain.pragma('wal_checkpoint(TRUNCATE)');
      const check = plain.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
      expected = rowCounts(plain);
    } finally {
      plain.close();
    }
    fs.copyFileSync(file, copy);
    fs.chmodSync(copy, PRIVATE_FILE_MODE);
    rekeyFile(copy, null, key);
    const check = connect(copy, key, { readonly: true, fileMustExist: true });
    try {
      if (check.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check');
      if (JSON.stringify(rowCounts(check)) !== JSON.stringify(expected)) throw new Error('row counts differ');
    } finally {
      check.close();
    }
    const fd = fs.openSync(copy, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(copy, file);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    syncFolder(path.dirname(file));
  } catch (error) {
    removeDatabaseFile(copy);
    throw ApiError.of('DB_ENCRYPT_FAILED', { detail: errorSentence(error) });
  }
}
