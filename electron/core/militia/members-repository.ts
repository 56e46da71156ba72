import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import { nameOrderBy } from '../db/name-order';
import { type FocusAnswer, focusedCountAndPage, rowsOfIds } from '../db/paging';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { localityAndParentNames, localityNameOn } from '../localities';
import { personOfJoinedRow, personSearchFilter } from '../people';
import type { MilitiaComponent, MilitiaEndReason, MilitiaForce, MilitiaPosition } from './constants';
import type { MilitiaMember } from './public-types';

/** A membership as stored, with the person's and unit's display fields; warnings, age and extension limit come from the service. */
export type MemberRow = Omit<
  MilitiaMember,
  'warnings' | 'age' | 'extensionGround' | 'extensionMaxDate' | 'maxAge' | 'ageLimitDate'
>;

const SELECT_VIEW = `
  SELECT m.*, p.family_name, p.middle_name, p.given_name, p.citizen_id,
    ${localityAndParentNames('p.locality_id', 'home_name', 'home_parent_name')},
    u.name AS unit_name, u.level AS unit_level, u.force, u.component,
    COALESCE(${localityNameOn('u.locality_id')}, u.agency) AS place_name
  FROM militia_memberships m
  JOIN people p ON p.id = m.person_id
  JOIN militia_units u ON u.id = m.unit_id`;

type Row = Record<string, unknown> & { id: string };

function toRow(r: Row): MemberRow {
  const s = (k: string) => r[k] as string;
  const n = (k: string) => r[k] as string | null;
  return {
    id: s('id'),
    personId: s('person_id'),
    ...personOfJoinedRow(r),
    homeName: [n('home_name'), n('home_parent_name')].filter(Boolean).join(', ') || null,
    unitId: s('unit_id'),
    unitName: s('unit_name'),
    unitLevel: r.unit_level as MemberRow['unitLevel'],
    force: r.force as MilitiaForce,
    component: r.component as MilitiaComponent,
    placeName: s('place_name'),
    position: r.position as MilitiaPosition,
    startedOn: s('started_on'),
    termEndsOn: s('term_ends_on'),
    extendedUntil: n('extended_until'),
    volunteer: r.volunteer === 1,
    partyMember: r.party_member === 1,
    youthUnion: r.youth_union === 1,
    endedOn: n('ended_on'),
    endReason: r.end_reason as MilitiaEndReason | null,
    notes: s('notes'),
    version: r.version as number,
  };
}

export function findMember(db: Database, id: string, asOf: string): MemberRow | null {
  const row = statement(db, `${SELECT_VIEW} WHERE m.id = @id`).get({ id, asOf }) as Row | undefined;
  return row ? toRow(row) : null;
}

/** The person's active membership, if any (at most one: a unique partial index). */
export function activeMembershipOf(db: Database, personId: string, asOf: string): MemberRow | null {
  const row = statement(db, `${SELECT_VIEW} WHERE m.person_id = @personId AND m.ended_on IS NULL`).get({
    personId,
    asOf,
  }) as Row | undefined;
  return row ? toRow(row) : null;
}

export interface MemberQuery {
  asOf: string;
  search: string;
  localityId?: string;
  unitIds?: string[];
  component?: MilitiaComponent;
  position?: MilitiaPosition;
  force?: MilitiaForce;
  /** Birth-date window of the age band (from the service). */
  bornAfter?: string;
  bornOnOrBefore?: string;
  /** Service ends on or before this date (term ending soon). */
  endsBy?: string;
  status: 'active' | 'ended' | 'all';
  page: number;
  pageSize: number;
  /** A membership just saved: the page holding it is read instead of `page`. */
  focusId?: string;
}

/**
 * The units the unit-side filters allow (the units table is small), or
 * undefined when there are none, so the membership query never joins units.
 */
function matchingUnits(db: Database, q: MemberQuery): string[] | undefined {
  if (!q.unitIds && !q.localityId && !q.component && !q.force) return undefined;
  const rows = statement(
    db,
    `SELECT id FROM militia_units u
     WHERE (@localityId IS NULL OR u.locality_id = @localityId
            OR u.locality_id IN (SELECT id FROM localities WHERE parent_id = @localityId))
       AND (@component IS NULL OR u.component = @component) AND (@force IS NULL OR u.force = @force)`,
  ).all({ localityId: q.localityId ?? null, component: q.component ?? null, force: q.force ?? null }) as Array<{
    id: string;
  }>;
  const allowed = q.unitIds ? new Set(q.unitIds) : null;
  return rows.map((r) => r.id).filter((id) => !allowed || allowed.has(id));
}

/**
 * Filters and sorts on the membership's own copies of the person's sort keys and
 * birth date (and the unit's columns), so the count and the page read no people
 * rows; the full rows are built for the page only.
 */
export function queryMembers(db: Database, q: MemberQuery): { rows: MemberRow[]; total: number } & FocusAnswer {
  const unitIds = matchingUnits(db, q);
  if (unitIds?.length === 0)
    return { rows: [], total: 0, page: q.page, ...(q.focusId && { focusOutside: true as const }) };
  const search = personSearchFilter(q.search);
  const where = whereClause([
    q.status === 'active' && ['m.ended_on IS NULL'],
    q.status === 'ended' && ['m.ended_on IS NOT NULL'],
    unitIds && ['m.unit_id IN (SELECT value FROM json_each(@unitIds))', { unitIds: JSON.stringify(unitIds) }],
    q.position !== undefined && ['m.position = @position', { position: q.position }],
    q.bornAfter && ['m.birth_date > @bornAfter', { bornAfter: q.bornAfter }],
    q.bornOnOrBefore && ['m.birth_date <= @bornOnOrBefore', { bornOnOrBefore: q.bornOnOrBefore }],
    // = COALESCE(extended_until, term_ends_on) <= endsBy, as an extension always ends after the term,
    // written so the (ended_on, term_ends_on) index answers it.
    q.endsBy && [
      'm.term_ends_on <= @endsBy AND (m.extended_until IS NULL OR m.extended_until <= @endsBy)',
      { endsBy: q.endsBy },
    ],
    // From the few matching people to their memberships (person index), not a scan of all memberships.
    search && [
      `m.rowid IN (SELECT s.rowid FROM people p JOIN militia_memberships s ON s.person_id = p.id
        WHERE ${search[0]})`,
      search[1],
    ],
  ]);
  const { rows: ids, ...page } = focusedCountAndPage<{ id: string }>(
    db,
    {
      countFrom: 'militia_memberships m',
      select: 'SELECT m.id FROM militia_memberships m',
      where,
      orderBy: (total) => nameOrderBy('m', total),
    },
    q,
  );
  const params = { asOf: q.asOf };
  const rows = rowsOfIds(
    db,
    { select: SELECT_VIEW, idColumn: 'm.id', params },
    ids.map((r) => r.id),
    toRow,
  );
  return { rows, ...page };
}

export interface MemberValues {
  unitId: string;
  position: MilitiaPosition;
  startedOn: string;
  termEndsOn: string;
  volunteer: boolean;
  partyMember: boolean;
  youthUnion: boolean;
  notes: string;
}

const flags = (v: MemberValues) => ({
  ...v,
  volunteer: v.volunteer ? 1 : 0,
  partyMember: v.partyMember ? 1 : 0,
  youthUnion: v.youthUnion ? 1 : 0,
});

/** Inserts a membership, copying the person's sort keys, birth date and sex (the trigger keeps them in step). */
export function insertMember(db: Database, personId: string, v: MemberValues, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO militia_memberships (id, person_id, unit_id, position, started_on, term_ends_on, extended_until,
       volunteer, party_member, youth_union, ended_on, end_reason, notes, sort_given, sort_middle, sort_family,
       birth_date, sex, created_at, updated_at, version)
     SELECT @id, p.id, @unitId, @position, @startedOn, @termEndsOn, NULL, @volunteer, @partyMember, @youthUnion,
       NULL, NULL, @notes, p.sort_given, p.sort_middle, p.sort_family, p.birth_date, p.sex, @at, @at, 1
     FROM people p WHERE p.id = @personId`,
  ).run({ ...flags(v), id, personId, at });
  return id;
}

export function updateMember(db: Database, id: string, version: number, v: MemberValues, at: string): boolean {
  return updateAtVersion(
    db,
    'militia_memberships',
    `unit_id = @unitId, position = @position, started_on = @startedOn, term_ends_on = @termEndsOn,
       volunteer = @volunteer, party_member = @partyMember, youth_union = @youthUnion, notes = @notes`,
    { id, version, at },
    flags(v),
  );
}

export function setExtension(db: Database, id: string, version: number, extendedUntil: string | null, at: string) {
  return updateAtVersion(
    db,
    'militia_memberships',
    'extended_until = @extendedUntil',
    { id, version, at },
    { extendedUntil },
  );
}

export function endMember(db: Database, id: string, version: number, endedOn: string, reason: string, at: string) {
  return updateAtVersion(
    db,
    'militia_memberships',
    'ended_on = @endedOn, end_reason = @reason',
    { id, version, at },
    { endedOn, reason },
  );
}

/** A membership's version and updated_at now (the import's undo compares them); null: gone. */
export function memberStamp(db: Database, id: string): { version: number; updatedAt: string } | null {
  const row = statement(db, `SELECT version, updated_at AS updatedAt FROM militia_memberships WHERE id = ?`).get(id);
  return (row as { version: number; updatedAt: string } | undefined) ?? null;
}

/** Deletes a membership (an import's undo, after its checks: no table points at a membership). */
export function deleteMember(db: Database, id: string): boolean {
  return statement(db, `DELETE FROM militia_memberships WHERE id = ?`).run(id).changes === 1;
}
