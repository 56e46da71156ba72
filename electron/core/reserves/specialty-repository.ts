import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import type { Specialty } from './schema';

interface Row {
  id: string;
  code: string;
  name: string;
  retired_on: string | null;
  version: number;
}

const toSpecialty = (r: Row): Specialty => ({
  id: r.id,
  code: r.code,
  name: r.name,
  retiredOn: r.retired_on,
  version: r.version,
});

export function listSpecialties(db: Database, includeRetired: boolean): Specialty[] {
  const rows = statement(
    db,
    `SELECT id, code, name, retired_on, version FROM military_specialties
     WHERE @all = 1 OR retired_on IS NULL ORDER BY code, id`,
  ).all({ all: includeRetired ? 1 : 0 }) as Row[];
  return rows.map(toSpecialty);
}

export function findSpecialty(db: Database, id: string): Specialty | null {
  const row = statement(db, `SELECT id, code, name, retired_on, version FROM military_specialties WHERE id = ?`).get(
    id,
  ) as Row | undefined;
  return row ? toSpecialty(row) : null;
}

export function codeTaken(db: Database, code: string, excludeId: string | null): boolean {
  return (
    statement(db, `SELECT 1 FROM military_specialties WHERE code = ? AND id IS NOT ?`).get(code, excludeId) !==
    undefined
  );
}

export function insertSpecialty(db: Database, v: { code: string; name: string }, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO military_specialties (id, code, name, retired_on, created_at, updated_at, version)
     VALUES (?, ?, ?, NULL, ?, ?, 1)`,
  ).run(id, v.code, v.name, at, at);
  return id;
}

export function updateSpecialty(
  db: Database,
  id: string,
  version: number,
  v: { code: string; name: string; retiredOn: string | null },
  at: string,
): boolean {
  return updateAtVersion(
    db,
    'military_specialties',
    'code = @code, name = @name, retired_on = @retiredOn',
    { id, version, at },
    v,
  );
}
