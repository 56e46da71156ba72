import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import { ApiError } from '../../kernel/errors';
import type { ReceivingDb } from './db-types';

/**
 * The receiving side's storage engine (issue 20 §3: "one receiving side, two engines"). Every query
 * of the receiving side goes through Kysely against `ReceivingDb`, in portable SQL only (no SQLite
 * functions, no INSERT OR REPLACE: `onConflict`), so the province's server runs the same code with
 * Kysely's PostgresDialect. Here the dialect is SqliteDialect over the program's own better-sqlite3
 * connection.
 *
 * Transactions. The program's other API methods run synchronously on this same connection. Kysely's
 * SQLite driver answers every query with an already-resolved promise, so a Kysely transaction only
 * ever waits for microtasks: from BEGIN to COMMIT the event loop never turns, no IPC or HTTP request
 * is handled, and no other method can write into (or read half of) a merge. That holds only while
 * nothing inside the transaction awaits real I/O — read the file, decode and check the bundle
 * before the transaction starts. A merge refuses to start when the connection is already inside a
 * transaction (a Kysely BEGIN would fail there, and a sync caller's transaction must not absorb it).
 * receive.test.ts proves the no-yield property: a setImmediate callback queued before a merge has
 * not run when the merge commits.
 */

/** One Kysely per connection: a restore replaces the connection, and the cache follows it. */
const instances = new WeakMap<Database, Kysely<ReceivingDb>>();

/** Kysely's texts are few and fixed, save bulk inserts; a bounded cache keeps the hot ones prepared. */
const STATEMENT_CACHE_LIMIT = 400;

export function receivingDb(db: Database): Kysely<ReceivingDb> {
  let kysely = instances.get(db);
  if (!kysely) {
    const prepared = new Map<string, Statement>();
    const adapter = {
      // The connection belongs to the program: Kysely's destroy() must not close it.
      close() {},
      prepare(sql: string): Statement {
        let s = prepared.get(sql);
        if (!s) {
          if (prepared.size >= STATEMENT_CACHE_LIMIT) prepared.clear();
          s = db.prepare(sql);
          prepared.set(sql, s);
        }
        return s;
      },
    };
    kysely = new Kysely<ReceivingDb>({ dialect: new SqliteDialect({ database: adapter }) });
    instances.set(db, kysely);
  }
  return kysely;
}

export type ReceivingTrx = Transaction<ReceivingDb>;
export type ReceivingQuery = Kysely<ReceivingDb> | ReceivingTrx;

/**
 * Runs `work` in one Kysely transaction: all or nothing. `work` must not await real I/O (see
 * above). Refused when the connection is already in a transaction.
 */
export async function inReceivingTransaction<T>(db: Database, work: (trx: ReceivingTrx) => Promise<T>): Promise<T> {
  if (db.inTransaction) throw ApiError.of('EXCHANGE_BUSY');
  return receivingDb(db).transaction().execute(work);
}
