import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import type { ExerciseType } from './public-types';

interface Row {
  id: string;
  builtin: ExerciseType['builtin'];
  name: string;
  sort_order: number;
  retired_on: string | null;
  version: number;
}

const toType = (r: Row): ExerciseType => ({
  id: r.id,
  builtin: r.builtin,
  name: r.name,
  sortOrder: r.sort_order,
  retiredOn: r.retired_on,
  version: r.version,
});

export function listTypes(db: Database, includeRetired: boolean): ExerciseType[] {
  return (
    statement(
      db,
      `SELECT * FROM exercise_types WHERE @all = 1 OR retired_on IS NULL ORDER BY sort_order, vi_sort_key(name), id`,
    ).all({ all: includeRetired ? 1 : 0 }) as Row[]
  ).map(toType);
}

export function findType(db: Database, id: string): ExerciseType | null {
  const row = statement(db, `SELECT * FROM exercise_types WHERE id = ?`).get(id) as Row | undefined;
  return row ? toType(row) : null;
}

export function typeNameTaken(db: Database, name: string, exceptId: string | null): boolean {
  return (
    statement(db, `SELECT 1 FROM exercise_types WHERE lower(name) = lower(@name) AND id <> @exceptId`).get({
      name,
      exceptId: exceptId ?? '',
    }) !== undefined
  );
}

/** The office's own types come after the built-in ones. */
export function insertType(db: Database, name: string, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO exercise_types (id, builtin, name, sort_order, retired_on, created_at, updated_at, version)
     VALUES (@id, NULL, @name, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM exercise_types), NULL, @at, @at, 1)`,
  ).run({ id, name, at });
  return id;
}

export function renameType(db: Database, id: string, version: number, name: string, at: string): boolean {
  return updateAtVersion(db, 'exercise_types', 'name = @name', { id, version, at }, { name });
}

export function setTypeRetired(
  db: Database,
  id: string,
  version: number,
  retiredOn: string | null,
  at: string,
): boolean {
  return updateAtVersion(db, 'exercise_types', 'retired_on = @retiredOn', { id, version, at }, { retiredOn });
}
