import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * Prepares each SQL text once per connection. Preparing costs about as much as
 * running a small statement, so hot paths (bulk inserts, list pages) reuse them.
 * The SQL texts are our own constants, so the cache stays small.
 */
export function statement(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
