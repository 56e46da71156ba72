import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from './statements';

/** Stable record ids: random UUIDs as text, so records can later merge across offices. */
export function newId(): string {
  return randomUUID();
}

/** UTC timestamp for created_at / updated_at / audit rows. */
export function timestamp(now: Date): string {
  return now.toISOString();
}

/**
 * The optimistic-locking UPDATE every feature writes: `set` (the feature's own SQL text, its values
 * as @named parameters in `params`) on row `id` only while it is still at `version`, stamping
 * updated_at and moving the version on. false when the row changed since it was read, or is gone.
 */
export function updateAtVersion(
  db: Database,
  table: string,
  set: string,
  row: { id: string; version: number; at: string },
  params: object = {},
): boolean {
  return (
    statement(
      db,
      `UPDATE ${table} SET ${set}, updated_at = @at, version = version + 1 WHERE id = @id AND version = @version`,
    ).run({ ...params, ...row }).changes === 1
  );
}

/** Deletes row `id` only while it is still at `version`; false when it changed since it was read, or is gone. */
export function deleteAtVersion(db: Database, table: string, id: string, version: number): boolean {
  return statement(db, `DELETE FROM ${table} WHERE id = ? AND version = ?`).run(id, version).changes === 1;
}
