import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import { localityNameOn } from '../../localities';
import { type ListedMember } from '../../docs/person-order';
import { type IsoDate } from '../../shared/dates';
import { type MilitiaComponent, type MilitiaLevel, type MilitiaPosition } from './text';

/**
 * What the militia documents read, as SQL straight on the forces tables (migration 0007): the units
 * in tree order and the members of the chosen units, in Vietnamese name order by the sort keys the
 * memberships copy from people.
 */

export interface MilitiaUnitRow {
  id: string;
  parentId: string | null;
  name: string;
  level: MilitiaLevel;
  component: MilitiaComponent;
  localityId: string | null;
  /** The ward/commune the unit's locality belongs to (itself when top level). */
  areaId: string | null;
}

export interface MilitiaMemberRow extends ListedMember {
  id: string;
  unitId: string;
  position: MilitiaPosition;
  startedOn: IsoDate;
  termEndsOn: IsoDate;
  extendedUntil: IsoDate | null;
  volunteer: boolean;
  partyMember: boolean;
  youthUnion: boolean;
  notes: string;
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Every unit, parents before children, siblings by name ("Tiểu đội 2" before "Tiểu đội 10"). */
export function militiaUnitsInTreeOrder(db: Database): MilitiaUnitRow[] {
  const rows = statement(
    db,
    `SELECT u.id, u.parent_id AS parentId, u.name, u.level, u.component, u.locality_id AS localityId,
       COALESCE((SELECT l.parent_id FROM localities l WHERE l.id = u.locality_id), u.locality_id) AS areaId
     FROM militia_units u`,
  ).all() as MilitiaUnitRow[];
  const children = new Map<string | null, MilitiaUnitRow[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const row of rows) {
    const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const ordered: MilitiaUnitRow[] = [];
  const visit = (parent: string | null) => {
    const list = (children.get(parent) ?? []).sort((a, b) => collator.compare(a.name, b.name));
    for (const unit of list) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}

/**
 * The units a roster covers: one unit and everything under it, the units of a ward/commune (with
 * its villages) and everything under them, or every unit.
 */
export function chooseUnits(
  units: readonly MilitiaUnitRow[],
  scope: { unitId?: string; localityId?: string },
  localityIds: readonly string[],
): MilitiaUnitRow[] {
  if (!scope.unitId && !scope.localityId) return [...units];
  const chosen = new Set<string>();
  const inLocality = new Set(localityIds);
  for (const unit of units) {
    const parentChosen = unit.parentId !== null && chosen.has(unit.parentId);
    const own = scope.unitId ? unit.id === scope.unitId : unit.localityId !== null && inLocality.has(unit.localityId);
    // Tree order puts a parent before its children, so one pass is enough.
    if (own || parentChosen) chosen.add(unit.id);
  }
  return units.filter((u) => chosen.has(u.id));
}

interface MemberSqlRow extends Omit<MilitiaMemberRow, 'fullName' | 'volunteer' | 'partyMember' | 'youthUnion'> {
  volunteer: number;
  partyMember: number;
  youthUnion: number;
}

const MEMBER_SELECT = `SELECT m.id, m.unit_id AS unitId, p.family_name AS familyName, p.middle_name AS middleName,
    p.given_name AS givenName, m.birth_date AS birthDate, m.sex,
    ${localityNameOn('p.locality_id')} AS localityName,
    ${localityNameOn('(SELECT parent_id FROM localities WHERE id = p.locality_id)')} AS localityParentName,
    m.position, m.started_on AS startedOn, m.term_ends_on AS termEndsOn, m.extended_until AS extendedUntil,
    m.volunteer, m.party_member AS partyMember, m.youth_union AS youthUnion, m.notes
  FROM militia_memberships m JOIN people p ON p.id = m.person_id
  WHERE m.unit_id IN (SELECT value FROM json_each(@units))`;
const NAME_ORDER = 'ORDER BY m.sort_given, m.sort_middle, m.sort_family, m.id';

function toMember(row: MemberSqlRow): MilitiaMemberRow {
  return {
    ...row,
    fullName: [row.familyName, row.middleName, row.givenName].filter(Boolean).join(' '),
    volunteer: row.volunteer === 1,
    partyMember: row.partyMember === 1,
    youthUnion: row.youthUnion === 1,
  };
}

/** Members serving on `asOf` in the given units. */
export function activeMembers(db: Database, unitIds: readonly string[], asOf: IsoDate): MilitiaMemberRow[] {
  const rows = statement(
    db,
    `${MEMBER_SELECT} AND m.started_on <= @asOf AND (m.ended_on IS NULL OR m.ended_on > @asOf) ${NAME_ORDER}`,
  ).all({ units: JSON.stringify(unitIds), asOf }) as MemberSqlRow[];
  return rows.map(toMember);
}

/**
 * Members whose service ends in `year`: the term end, or the extension's end when the term was
 * extended (Art. 8 Luật DQTV). Those who left before the year began are not listed.
 */
export function termEndingMembers(
  db: Database,
  unitIds: readonly string[],
  year: number,
  asOf: IsoDate,
): MilitiaMemberRow[] {
  const rows = statement(
    db,
    `${MEMBER_SELECT} AND COALESCE(m.extended_until, m.term_ends_on) BETWEEN @from AND @to
       AND (m.ended_on IS NULL OR m.ended_on >= @from) ${NAME_ORDER}`,
  ).all({ units: JSON.stringify(unitIds), from: `${year}-01-01`, to: `${year}-12-31`, asOf }) as MemberSqlRow[];
  return rows.map(toMember);
}
