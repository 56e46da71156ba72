import { statement } from '../db/statements';
import type { FilterClause } from '../db/where';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import type { IsoDate } from '../shared/dates';
import type { Locality, LocalityKind, LocalityName } from './schema';

interface Row {
  id: string;
  kind: LocalityKind;
  parent_id: string | null;
  name: string | null;
  unit_code: string | null;
  retired_on: string | null;
  version: number;
}

const toLocality = (row: Row): Locality => ({
  id: row.id,
  kind: row.kind,
  parentId: row.parent_id,
  // A locality created after `asOf` had no name yet; show its first one.
  name: row.name ?? '',
  unitCode: row.unit_code,
  retiredOn: row.retired_on,
  version: row.version,
});

/**
 * SQL for the name locality `idColumn` had on `@asOf`, falling back to its
 * earliest name for dates before it existed. Shared with every list that shows
 * a locality's name, so all of them agree on renames (including future-dated ones).
 */
export function localityNameOn(idColumn: string): string {
  return `COALESCE(
  (SELECT n.name FROM locality_names n WHERE n.locality_id = ${idColumn} AND n.valid_from <= @asOf
     AND (n.valid_to IS NULL OR n.valid_to > @asOf) ORDER BY n.valid_from DESC LIMIT 1),
  (SELECT n.name FROM locality_names n WHERE n.locality_id = ${idColumn} ORDER BY n.valid_from LIMIT 1))`;
}
const NAME_ON_DATE = localityNameOn('l.id');

/**
 * SELECT columns: the name on @asOf of the locality in `idColumn` and of its parent, so a village
 * is always shown with its ward or commune ("Tổ 7, Phường Đức Xuân").
 */
export function localityAndParentNames(idColumn: string, nameAs: string, parentAs: string): string {
  return `${localityNameOn(idColumn)} AS ${nameAs},
    ${localityNameOn(`(SELECT parent_id FROM localities WHERE id = ${idColumn})`)} AS ${parentAs}`;
}

/**
 * A list filter (for `whereClause`): rows whose `column` is the locality or one of its villages,
 * so a ward's filter finds the people of its villages too. Nothing when no locality is chosen.
 */
export function withinLocality(column: string, localityId: string | undefined): FilterClause | null {
  if (!localityId) return null;
  return [`${column} IN (SELECT id FROM localities WHERE id = @localityId OR parent_id = @localityId)`, { localityId }];
}

// The documents' scopes (a ward/commune and its villages) and their names on the document's date:
// the militia and reservist lists and the strength summary read them alike.

/** The locality and its villages or residential groups. */
export function localityWithChildren(db: Database, localityId: string): string[] {
  return (
    statement(db, `SELECT id FROM localities WHERE id = ? OR parent_id = ?`).all(localityId, localityId) as {
      id: string;
    }[]
  ).map((r) => r.id);
}

export function localityExists(db: Database, id: string): boolean {
  return statement(db, `SELECT 1 FROM localities WHERE id = ?`).get(id) !== undefined;
}

/** The name a locality had on `asOf` (see `localityNameOn`). */
export function localityNameOf(db: Database, id: string, asOf: IsoDate): string | null {
  const row = statement(db, `SELECT ${localityNameOn('@id')} AS name`).get({ id, asOf }) as { name: string | null };
  return row.name;
}

export function listLocalities(db: Database, asOf: IsoDate, includeRetired: boolean): Locality[] {
  const rows = statement(
    db,
    `SELECT l.id, l.kind, l.parent_id, l.unit_code, l.retired_on, l.version, ${NAME_ON_DATE} AS name
       FROM localities l
       WHERE @includeRetired = 1 OR l.retired_on IS NULL OR l.retired_on > @asOf`,
  ).all({ asOf, includeRetired: includeRetired ? 1 : 0 }) as Row[];
  return rows.map(toLocality);
}

export function findLocality(db: Database, id: string, asOf: IsoDate): Locality | null {
  const row = statement(
    db,
    `SELECT l.id, l.kind, l.parent_id, l.unit_code, l.retired_on, l.version, ${NAME_ON_DATE} AS name
       FROM localities l WHERE l.id = @id`,
  ).get({ id, asOf }) as Row | undefined;
  return row ? toLocality(row) : null;
}

export function insertLocality(
  db: Database,
  values: { kind: LocalityKind; parentId: string | null; name: string; validFrom: IsoDate; unitCode?: string | null },
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO localities (id, kind, parent_id, unit_code, retired_on, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, NULL, ?, ?, 1)`,
  ).run(id, values.kind, values.parentId, values.unitCode ?? null, at, at);
  insertName(db, id, values.name, values.validFrom, at);
  return id;
}

function insertName(db: Database, localityId: string, name: string, validFrom: IsoDate, at: string): void {
  statement(
    db,
    `INSERT INTO locality_names (id, locality_id, name, valid_from, valid_to, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, NULL, ?, ?, 1)`,
  ).run(newId(), localityId, name, validFrom, at, at);
}

export function currentName(db: Database, localityId: string): LocalityName | null {
  const row = statement(
    db,
    `SELECT name, valid_from AS validFrom, valid_to AS validTo FROM locality_names
       WHERE locality_id = ? AND valid_to IS NULL`,
  ).get(localityId) as LocalityName | undefined;
  return row ?? null;
}

export function nameHistory(db: Database, localityId: string): LocalityName[] {
  return statement(
    db,
    `SELECT name, valid_from AS validFrom, valid_to AS validTo FROM locality_names
       WHERE locality_id = ? ORDER BY valid_from`,
  ).all(localityId) as LocalityName[];
}

/** Closes the current name the day the new one starts, and opens the new one. */
export function renameLocality(db: Database, localityId: string, name: string, effectiveOn: IsoDate, at: string): void {
  statement(
    db,
    `UPDATE locality_names SET valid_to = ?, updated_at = ?, version = version + 1
     WHERE locality_id = ? AND valid_to IS NULL`,
  ).run(effectiveOn, at, localityId);
  insertName(db, localityId, name, effectiveOn, at);
}

/** Bumps the locality's version if it still is `version`; false means a concurrent change. */
export function touchLocality(
  db: Database,
  id: string,
  version: number,
  at: string,
  retiredOn: string | null | undefined,
): boolean {
  return retiredOn === undefined
    ? statement(db, `UPDATE localities SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`).run(
        at,
        id,
        version,
      ).changes === 1
    : updateAtVersion(db, 'localities', 'retired_on = @retiredOn', { id, version, at }, { retiredOn });
}

/** The locality (other than `exceptId`) that already has this unit code, with its name on `asOf`. */
export function localityWithUnitCode(
  db: Database,
  unitCode: string,
  exceptId: string | null,
  asOf: IsoDate,
): Locality | null {
  const row = statement(
    db,
    `SELECT l.id, l.kind, l.parent_id, l.unit_code, l.retired_on, l.version, ${NAME_ON_DATE} AS name
       FROM localities l WHERE l.unit_code = @unitCode AND l.id IS NOT @exceptId`,
  ).get({ unitCode, exceptId, asOf }) as Row | undefined;
  return row ? toLocality(row) : null;
}

export function setUnitCode(db: Database, row: { id: string; version: number; at: string }, unitCode: string | null) {
  return updateAtVersion(db, 'localities', 'unit_code = @unitCode', row, { unitCode });
}
