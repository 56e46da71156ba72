import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import { nameOrderBy } from '../db/name-order';
import { type FocusAnswer, focusedCountAndPage, rowsOfIds } from '../db/paging';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { dependantsSql, type DependantLink } from '../kernel/imported-rows';
import { localityAndParentNames, withinLocality } from '../localities';
import { personOfJoinedRow, personSearchFilter } from '../people';
import type { IsoDate } from '../shared/dates';
import {
  bornOnOrBefore,
  OFFICER_SERVICE_MAX_AGE,
  PROFESSIONAL_SERVICE_MAX_AGE,
  type Rank,
  type ReserveUnitKind,
  type ReservistCategory,
  SOLDIER_SERVICE_MAX_AGE,
} from './rules';
import type { Reservist, ReservistAssignment, ReservistFields, ReservistListInput } from './schema';

/**
 * A reservist as stored, with the person, specialty and current assignment joined (rules run in the
 * service): the API's Reservist before its age and warnings, the slot's specialty label kept for them.
 */
export type ReservistRecord = Omit<Reservist, 'age' | 'warnings' | 'assignment'> & {
  assignment: (ReservistAssignment & { slotSpecialtyCode: string; slotSpecialtyName: string }) | null;
};

const SELECT_FULL = `
  SELECT r.*, p.family_name, p.middle_name, p.given_name, p.citizen_id,
    ${localityAndParentNames('p.locality_id', 'locality_name', 'locality_parent_name')},
    sp.code AS specialty_code, sp.name AS specialty_name,
    a.id AS a_id, a.slot_id AS a_slot_id, a.assigned_on AS a_assigned_on, a.version AS a_version,
    s.title AS s_title, s.specialty_id AS s_specialty_id, ssp.code AS s_specialty_code, ssp.name AS s_specialty_name,
    u.id AS u_id, u.name AS u_name, u.kind AS u_kind
  FROM reservists r
  JOIN people p ON p.id = r.person_id
  LEFT JOIN military_specialties sp ON sp.id = r.specialty_id
  LEFT JOIN reserve_assignments a ON a.reservist_id = r.id AND a.ended_on IS NULL
  LEFT JOIN reserve_slots s ON s.id = a.slot_id
  LEFT JOIN military_specialties ssp ON ssp.id = s.specialty_id
  LEFT JOIN reserve_units u ON u.id = s.unit_id`;

type Row = Record<string, unknown> & { id: string };

function toRecord(r: Row): ReservistRecord {
  const s = (k: string) => r[k] as string;
  const n = (k: string) => r[k] as string | null;
  return {
    id: r.id,
    personId: s('person_id'),
    ...personOfJoinedRow(r),
    localityName: n('locality_name'),
    localityParentName: n('locality_parent_name'),
    category: r.category as ReservistCategory,
    grade: r.grade as 1 | 2,
    rank: r.rank as Rank | null,
    specialtyId: n('specialty_id'),
    specialtyCode: n('specialty_code'),
    specialtyName: n('specialty_name'),
    formerUnit: s('former_unit'),
    serviceFrom: n('service_from'),
    serviceTo: n('service_to'),
    registeredOn: s('registered_on'),
    removedOn: n('removed_on'),
    removalReason: s('removal_reason'),
    sourceRecordId: n('source_record_id'),
    notes: s('notes'),
    version: r.version as number,
    assignment:
      r.a_id === null
        ? null
        : {
            id: s('a_id'),
            slotId: s('a_slot_id'),
            slotTitle: s('s_title'),
            slotSpecialtyId: s('s_specialty_id'),
            slotSpecialtyCode: s('s_specialty_code'),
            slotSpecialtyName: s('s_specialty_name'),
            unitId: s('u_id'),
            unitName: s('u_name'),
            unitKind: r.u_kind as ReserveUnitKind,
            assignedOn: s('a_assigned_on'),
            version: r.a_version as number,
          },
  };
}

export function findReservist(db: Database, id: string, asOf: IsoDate): ReservistRecord | null {
  const row = statement(db, `${SELECT_FULL} WHERE r.id = @id`).get({ id, asOf }) as Row | undefined;
  return row ? toRecord(row) : null;
}

export function reservistIdOfPerson(db: Database, personId: string): string | null {
  const row = statement(db, `SELECT id FROM reservists WHERE person_id = ?`).get(personId) as
    { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * SQL (on alias `r`) true when the reservist is past the age limit of their
 * category on the day the cut-off params were computed for (see `pastLimitParams`).
 * The first term (born on or before the latest of all cut-offs) lets the birth-date
 * index narrow the rows before the per-category limit is checked.
 */
export const PAST_LIMIT_SQL = `r.birth_date <= @cutAny AND r.birth_date <= CASE
    WHEN r.category = 'soldier' THEN (CASE r.sex WHEN 'M' THEN @cutSoldierM ELSE @cutSoldierF END)
    WHEN r.category = 'professional' THEN (CASE
      WHEN r.rank = 'senior_lieutenant_colonel' THEN (CASE r.sex WHEN 'M' THEN @cutProSeniorM ELSE @cutProSeniorF END)
      WHEN r.rank IN ('major', 'lieutenant_colonel') THEN (CASE r.sex WHEN 'M' THEN @cutProFieldM ELSE @cutProFieldF END)
      ELSE (CASE r.sex WHEN 'M' THEN @cutProCompanyM ELSE @cutProCompanyF END) END)
    WHEN r.rank = 'major' THEN @cutMajor
    WHEN r.rank = 'lieutenant_colonel' THEN @cutLtCol
    WHEN r.rank = 'senior_lieutenant_colonel' THEN @cutSrLtCol
    WHEN r.rank = 'colonel' THEN @cutColonel
    ELSE @cutCompany END`;

/** Past the limit = at least limit + 1 years old on `asOf`. */
export function pastLimitParams(asOf: IsoDate): Record<string, string> {
  const cut = (limit: number) => bornOnOrBefore(asOf, limit + 1);
  const cuts = {
    cutSoldierM: cut(SOLDIER_SERVICE_MAX_AGE.M),
    cutSoldierF: cut(SOLDIER_SERVICE_MAX_AGE.F),
    cutMajor: cut(OFFICER_SERVICE_MAX_AGE.major),
    cutLtCol: cut(OFFICER_SERVICE_MAX_AGE.lieutenant_colonel),
    cutSrLtCol: cut(OFFICER_SERVICE_MAX_AGE.senior_lieutenant_colonel),
    cutColonel: cut(OFFICER_SERVICE_MAX_AGE.colonel),
    cutCompany: cut(OFFICER_SERVICE_MAX_AGE.captain),
    cutProCompanyM: cut(PROFESSIONAL_SERVICE_MAX_AGE.company.M),
    cutProCompanyF: cut(PROFESSIONAL_SERVICE_MAX_AGE.company.F),
    cutProFieldM: cut(PROFESSIONAL_SERVICE_MAX_AGE.field.M),
    cutProFieldF: cut(PROFESSIONAL_SERVICE_MAX_AGE.field.F),
    cutProSeniorM: cut(PROFESSIONAL_SERVICE_MAX_AGE.senior.M),
    cutProSeniorF: cut(PROFESSIONAL_SERVICE_MAX_AGE.senior.F),
  };
  // ISO dates compare as text: the latest cut-off is the largest string.
  return { ...cuts, cutAny: Object.values(cuts).reduce((a, b) => (a > b ? a : b)) };
}

// Answered by the partial unique index on active assignments.
/**
 * Two steps, as for conscription records: filter and order on the reservists
 * table's own copies of the sort keys and birth date (through its indexes),
 * page, then build the full rows of that page only.
 */
export function queryReservists(
  db: Database,
  q: ReservistListInput,
  today: IsoDate,
): { rows: ReservistRecord[]; total: number } & FocusAnswer {
  const search = personSearchFilter(q.search);
  const where = whereClause([
    [q.removed ? 'r.removed_on IS NOT NULL' : 'r.removed_on IS NULL'],
    withinLocality('r.locality_id', q.localityId),
    search,
    q.category && ['r.category = @category', { category: q.category }],
    q.grade && ['r.grade = @grade', { grade: q.grade }],
    q.specialtyId && ['r.specialty_id = @specialtyId', { specialtyId: q.specialtyId }],
    // r.slot_id is the current assignment's slot, kept by triggers on reserve_assignments.
    q.slotId
      ? ['r.slot_id = @slotId', { slotId: q.slotId }]
      : q.unitId && ['r.slot_id IN (SELECT s.id FROM reserve_slots s WHERE s.unit_id = @unitId)', { unitId: q.unitId }],
    q.assigned !== undefined && [q.assigned ? 'r.slot_id IS NOT NULL' : 'r.slot_id IS NULL'],
    q.ageFrom !== undefined && ['r.birth_date <= @bornBy', { bornBy: bornOnOrBefore(today, q.ageFrom) }],
    q.ageTo !== undefined && ['r.birth_date > @bornAfter', { bornAfter: bornOnOrBefore(today, q.ageTo + 1) }],
    q.pastAgeLimit !== undefined && [
      q.pastAgeLimit ? PAST_LIMIT_SQL : `NOT (${PAST_LIMIT_SQL})`,
      pastLimitParams(today),
    ],
  ]);
  const from = search ? 'reservists r JOIN people p ON p.id = r.person_id' : 'reservists r';
  const { rows: ids, ...page } = focusedCountAndPage<{ id: string }>(
    db,
    { countFrom: from, select: `SELECT r.id FROM ${from}`, where, orderBy: (total) => nameOrderBy('r', total) },
    q,
  );
  const params = { asOf: today };
  const rows = rowsOfIds(
    db,
    { select: SELECT_FULL, idColumn: 'r.id', params },
    ids.map((r) => r.id),
    toRecord,
  );
  return { rows, ...page };
}

function columns(f: ReservistFields) {
  return {
    category: f.category,
    grade: f.grade,
    rank: f.rank,
    specialty_id: f.specialtyId,
    former_unit: f.formerUnit,
    service_from: f.serviceFrom,
    service_to: f.serviceTo,
    registered_on: f.registeredOn,
    notes: f.notes,
  };
}

/** The person's sort keys, birth date and sex are copied here; the people_forces_copy trigger keeps them in step. */
export function insertReservist(
  db: Database,
  personId: string,
  f: ReservistFields,
  sourceRecordId: string | null,
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO reservists (id, person_id, category, grade, rank, specialty_id, former_unit, service_from, service_to,
       registered_on, removed_on, removal_reason, source_record_id, notes,
       sort_given, sort_middle, sort_family, birth_date, sex, created_at, updated_at, version)
     SELECT @id, p.id, @category, @grade, @rank, @specialty_id, @former_unit, @service_from, @service_to,
       @registered_on, NULL, '', @source, @notes,
       p.sort_given, p.sort_middle, p.sort_family, p.birth_date, p.sex, @at, @at, 1
     FROM people p WHERE p.id = @personId`,
  ).run({ id, personId, source: sourceRecordId, at, ...columns(f) });
  return id;
}

export function updateReservist(db: Database, id: string, version: number, f: ReservistFields, at: string): boolean {
  return updateAtVersion(
    db,
    'reservists',
    `category = @category, grade = @grade, rank = @rank, specialty_id = @specialty_id, former_unit = @former_unit,
       service_from = @service_from, service_to = @service_to, registered_on = @registered_on, notes = @notes`,
    { id, version, at },
    columns(f),
  );
}

export function setRemoved(
  db: Database,
  id: string,
  version: number,
  removedOn: string | null,
  reason: string,
  at: string,
): boolean {
  return updateAtVersion(
    db,
    'reservists',
    'removed_on = @removedOn, removal_reason = @reason',
    { id, version, at },
    { removedOn, reason },
  );
}

/** A reservist's version and updated_at now (the import's undo compares them); null: gone. */
export function reservistStamp(db: Database, id: string): { version: number; updatedAt: string } | null {
  const row = statement(db, `SELECT version, updated_at AS updatedAt FROM reservists WHERE id = ?`).get(id);
  return (row as { version: number; updatedAt: string } | undefined) ?? null;
}

/**
 * Every foreign key column that points at a reservist (a unit's slot): the one list both the query
 * below and import/undo-faces.test.ts (against the schema) read.
 */
export const RESERVIST_DEPENDANTS: readonly DependantLink[] = [
  { table: 'reserve_assignments', column: 'reservist_id' },
];

const RESERVIST_DEPENDANTS_SQL = dependantsSql(RESERVIST_DEPENDANTS);

/** Every row that points at a reservist, with the table it lives in. */
export function reservistDependants(db: Database, id: string): Array<{ dependant: string; id: string }> {
  return statement(db, RESERVIST_DEPENDANTS_SQL).all({ id }) as Array<{ dependant: string; id: string }>;
}

/** Deletes a reservist nothing points at (an import's undo, after its checks). */
export function deleteReservist(db: Database, id: string): boolean {
  return statement(db, `DELETE FROM reservists WHERE id = ?`).run(id).changes === 1;
}
