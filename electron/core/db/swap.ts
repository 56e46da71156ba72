import fs from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { syncFolder } from '../encryption/private-files';

/**
 * Replaces the live database file with a prepared one and returns the new connection. Synchronous
 * from start to end, so no other call runs in between (Node has one thread for our JavaScript):
 * the WAL is folded into the live file and the connection closed, then one rename puts the
 * prepared file in its place — atomic on the same disk, so a power cut leaves either the old file
 * whole or the new one whole — and the file is opened again with our pragmas.
 */
export function swapDatabaseFile(live: Database, file: string, prepared: string, reopen: () => Database): Database {
  if (!fs.existsSync(prepared)) throw new Error('nothing prepared');
  live.pragma('wal_checkpoint(TRUNCATE)');
  live.close();
  fs.renameSync(prepared, file);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  syncFolder(path.dirname(file));
  return reopen();
}
