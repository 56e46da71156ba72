import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies each pending migration in its own transaction, bumping
 * `user_version` inside it, so a crash leaves the file at a whole version.
 */
export function migrate(db: Database, list: readonly Migration[]): number {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  let current = schemaVersion(db);
  for (const migration of list.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      // PRAGMA takes no bound parameters; the value is our own integer, never input.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
    current = migration.version;
  }
  return current;
}
