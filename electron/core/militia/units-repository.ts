import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { localityNameOn } from '../localities';
import type { MilitiaUnit } from './public-types';
import type { UnitCreateInput } from './schema';

interface Row {
  id: string;
  parent_id: string | null;
  locality_id: string | null;
  locality_name: string | null;
  agency: string;
  name: string;
  level: MilitiaUnit['level'];
  force: MilitiaUnit['force'];
  component: MilitiaUnit['component'];
  notes: string;
  retired_on: string | null;
  version: number;
}

const toUnit = (r: Row): MilitiaUnit => ({
  id: r.id,
  parentId: r.parent_id,
  localityId: r.locality_id,
  localityName: r.locality_name,
  agency: r.agency,
  name: r.name,
  level: r.level,
  force: r.force,
  component: r.component,
  notes: r.notes,
  retiredOn: r.retired_on,
  version: r.version,
});

const SELECT_UNIT = `SELECT u.*, ${localityNameOn('u.locality_id')} AS locality_name FROM militia_units u`;

export function listUnits(db: Database, asOf: string, includeRetired: boolean): MilitiaUnit[] {
  return (
    statement(db, `${SELECT_UNIT} WHERE @all = 1 OR u.retired_on IS NULL`).all({
      asOf,
      all: includeRetired ? 1 : 0,
    }) as Row[]
  ).map(toUnit);
}

export function findUnit(db: Database, id: string, asOf: string): MilitiaUnit | null {
  const row = statement(db, `${SELECT_UNIT} WHERE u.id = @id`).get({ id, asOf }) as Row | undefined;
  return row ? toUnit(row) : null;
}

/** Active memberships per unit (own members only). */
export function activeMemberCounts(db: Database): Map<string, number> {
  const rows = statement(
    db,
    `SELECT unit_id, COUNT(*) AS n FROM militia_memberships WHERE ended_on IS NULL GROUP BY unit_id`,
  ).all() as Array<{ unit_id: string; n: number }>;
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}

export function childUnits(
  db: Database,
  id: string,
): Array<{ id: string; level: MilitiaUnit['level']; retired: boolean }> {
  return (
    statement(db, `SELECT id, level, retired_on FROM militia_units WHERE parent_id = ?`).all(id) as Array<{
      id: string;
      level: MilitiaUnit['level'];
      retired_on: string | null;
    }>
  ).map((r) => ({ id: r.id, level: r.level, retired: r.retired_on !== null }));
}

/** The unit's id and every sub-unit's, at any depth. */
export function subtreeIds(db: Database, id: string): string[] {
  return (
    statement(
      db,
      `WITH RECURSIVE tree(id) AS (SELECT @id UNION SELECT u.id FROM militia_units u JOIN tree ON u.parent_id = tree.id)
       SELECT id FROM tree`,
    ).all({ id }) as Array<{ id: string }>
  ).map((r) => r.id);
}

export function insertUnit(db: Database, v: UnitCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO militia_units (id, parent_id, locality_id, agency, name, level, force, component, notes,
       retired_on, created_at, updated_at, version)
     VALUES (@id, @parentId, @localityId, @agency, @name, @level, @force, @component, @notes, NULL, @at, @at, 1)`,
  ).run({ ...v, id, at });
  return id;
}

export function updateUnit(
  db: Database,
  v: {
    id: string;
    version: number;
    parentId: string | null;
    name: string;
    level: string;
    component: string;
    notes: string;
  },
  at: string,
): boolean {
  return updateAtVersion(
    db,
    'militia_units',
    'parent_id = @parentId, name = @name, level = @level, component = @component, notes = @notes',
    { id: v.id, version: v.version, at },
    v,
  );
}

export function setUnitRetired(
  db: Database,
  id: string,
  version: number,
  retiredOn: string | null,
  at: string,
): boolean {
  return updateAtVersion(db, 'militia_units', 'retired_on = @retiredOn', { id, version, at }, { retiredOn });
}
