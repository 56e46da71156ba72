import type { Database } from 'better-sqlite3';
import { statement } from '../db/statements';
import { localityNameOn } from '../localities/repository';
import { type IsoDate } from '../shared/dates';
import { localityNameOf } from './militia-data';

/**
 * The strength summary's figures per ward/commune on a date, in SQL on the forces tables: militia
 * by the locality of their unit (an agency's self-defence unit has none and is counted apart),
 * reservists by where they live (a village counts in its ward/commune). The population is the
 * figure entered for the date's year, as the militia summary screen takes it; without one the
 * share is left blank rather than taken from an older year.
 */
export interface StrengthRow {
  areaId: string | null;
  /** null for the two rows that are no place: 'agencies' (self-defence units of agencies) and 'unplaced'. */
  name: string | null;
  special?: 'agencies' | 'unplaced';
  population: number | null;
  militia: number;
  party: number;
  standing: number;
  mobile: number;
  grade1: number;
  grade2: number;
  assigned: number;
}

const ZERO = { militia: 0, party: 0, standing: 0, mobile: 0, grade1: 0, grade2: 0, assigned: 0 };

export function strengthByArea(db: Database, asOf: IsoDate): StrengthRow[] {
  const params = { asOf, year: Number(asOf.slice(0, 4)) };
  const areas = statement(
    db,
    `SELECT l.id AS areaId, ${localityNameOn('l.id')} AS name,
       (SELECT pop.population FROM locality_populations pop WHERE pop.locality_id = l.id AND pop.year = @year)
         AS population
     FROM localities l WHERE l.parent_id IS NULL AND (l.retired_on IS NULL OR l.retired_on > @asOf)
     ORDER BY vi_sort_key(name), l.id`,
  ).all(params) as Pick<StrengthRow, 'areaId' | 'name' | 'population'>[];
  const militia = statement(
    db,
    `SELECT COALESCE(l.parent_id, u.locality_id) AS areaId, COUNT(*) AS militia,
       SUM(m.party_member) AS party, SUM(u.component = 'standing') AS standing, SUM(u.component = 'mobile') AS mobile
     FROM militia_memberships m JOIN militia_units u ON u.id = m.unit_id
       LEFT JOIN localities l ON l.id = u.locality_id
     WHERE m.started_on <= @asOf AND (m.ended_on IS NULL OR m.ended_on > @asOf)
     GROUP BY 1`,
  ).all(params) as Pick<StrengthRow, 'areaId' | 'militia' | 'party' | 'standing' | 'mobile'>[];
  const reservists = statement(
    db,
    `SELECT COALESCE(l.parent_id, p.locality_id) AS areaId, SUM(r.grade = 1) AS grade1, SUM(r.grade = 2) AS grade2,
       SUM(EXISTS (SELECT 1 FROM reserve_assignments a WHERE a.reservist_id = r.id
         AND a.assigned_on <= @asOf AND (a.ended_on IS NULL OR a.ended_on > @asOf))) AS assigned
     FROM reservists r JOIN people p ON p.id = r.person_id LEFT JOIN localities l ON l.id = p.locality_id
     WHERE r.registered_on <= @asOf AND (r.removed_on IS NULL OR r.removed_on > @asOf)
     GROUP BY 1`,
  ).all(params) as Pick<StrengthRow, 'areaId' | 'grade1' | 'grade2' | 'assigned'>[];

  const rows = new Map<string, StrengthRow>(areas.map((a) => [a.areaId ?? '', { ...a, ...ZERO }]));
  // A retired ward that still has people, or no place at all: a row of its own at the end.
  const rowFor = (areaId: string | null, special: 'agencies' | 'unplaced') => {
    const key = areaId ?? special;
    let row = rows.get(key);
    if (!row) {
      row =
        areaId === null
          ? { areaId, name: null, special, population: null, ...ZERO }
          : { areaId, name: localityNameOf(db, areaId, asOf), population: null, ...ZERO };
      rows.set(key, row);
    }
    return row;
  };
  for (const { areaId, ...m } of militia) Object.assign(rowFor(areaId, 'agencies'), m);
  for (const { areaId, ...r } of reservists) Object.assign(rowFor(areaId, 'unplaced'), r);
  return [...rows.values()];
}
