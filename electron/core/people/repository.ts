import { statement } from '../db/statements';
import { dependantsSql, type DependantLink } from '../kernel/imported-rows';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { whereClause } from '../db/where';
import { localityAndParentNames, withinLocality } from '../localities';
import { personSearchFilter } from './search-index';
import type { IsoDate } from '../shared/dates';
import { foldVietnamese, fullNameOfRow, vietnameseSortKey } from '../shared/vietnamese-text';
import type { CitizenIdOwner, Person, PersonCreateInput, PersonListInput } from './schema';

interface Row {
  id: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  birth_date: string;
  sex: 'M' | 'F';
  citizen_id: string | null;
  locality_id: string | null;
  locality_name: string | null;
  locality_parent_name: string | null;
  address: string;
  phone: string | null;
  ethnicity: string;
  religion: string;
  education: string;
  occupation: string;
  notes: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

const toPerson = (r: Row): Person => ({
  id: r.id,
  familyName: r.family_name,
  middleName: r.middle_name,
  givenName: r.given_name,
  fullName: fullNameOfRow(r),
  birthDate: r.birth_date,
  sex: r.sex,
  citizenId: r.citizen_id,
  localityId: r.locality_id,
  localityName: r.locality_name,
  localityParentName: r.locality_parent_name,
  address: r.address,
  phone: r.phone,
  ethnicity: r.ethnicity,
  religion: r.religion,
  education: r.education,
  occupation: r.occupation,
  notes: r.notes,
  archivedAt: r.archived_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

// The locality's name as of @asOf (today), so a future-dated rename does not show early.
const SELECT_PERSON = `SELECT p.*, ${localityAndParentNames('p.locality_id', 'locality_name', 'locality_parent_name')}
  FROM people p`;

const NAME_ORDER = 'p.sort_given, p.sort_middle, p.sort_family, p.id';

// Fixed ORDER BY fragments chosen by key: user input never reaches the SQL text.
const ORDER_BY: Record<`${PersonListInput['sort']}:${PersonListInput['order']}`, string> = {
  'name:asc': NAME_ORDER,
  'name:desc': 'p.sort_given DESC, p.sort_middle DESC, p.sort_family DESC, p.id DESC',
  'birthDate:asc': `p.birth_date, ${NAME_ORDER}`,
  'birthDate:desc': `p.birth_date DESC, ${NAME_ORDER}`,
  'citizenId:asc': `p.citizen_id IS NULL, p.citizen_id, ${NAME_ORDER}`,
  'citizenId:desc': `p.citizen_id IS NULL, p.citizen_id DESC, ${NAME_ORDER}`,
  'locality:asc': `locality_name IS NULL, locality_name, ${NAME_ORDER}`,
  'locality:desc': `locality_name IS NULL, locality_name DESC, ${NAME_ORDER}`,
  'updatedAt:asc': `p.updated_at, ${NAME_ORDER}`,
  'updatedAt:desc': `p.updated_at DESC, ${NAME_ORDER}`,
};

/**
 * Who a picker offers first (the militia's "add a member": residents of the unit's ward/commune
 * of the age to serve): people of the locality or its villages born within the range come first,
 * then the other people of the locality, then everyone else — each group in the list's own order.
 */
export interface PersonPreference {
  localityId: string;
  /** Born on or before this day (old enough). */
  bornTo: IsoDate;
  /** Born after this day, by sex (not too old). */
  bornAfter: { M: IsoDate; F: IsoDate };
}

const PREFERRED_FIRST = `CASE
    WHEN p.locality_id IN (SELECT id FROM localities WHERE id = @preferLocality OR parent_id = @preferLocality)
      THEN CASE WHEN p.birth_date <= @preferBornTo
        AND p.birth_date > (CASE p.sex WHEN 'F' THEN @preferAfterF ELSE @preferAfterM END) THEN 0 ELSE 1 END
    ELSE 2 END`;

export function listPeople(
  db: Database,
  q: PersonListInput,
  asOf: IsoDate,
  prefer?: PersonPreference,
): { rows: Person[]; total: number } & FocusAnswer {
  const where = whereClause([
    [q.archived ? 'p.archived_at IS NOT NULL' : 'p.archived_at IS NULL'],
    personSearchFilter(q.search),
    withinLocality('p.locality_id', q.localityId),
    q.sex && ['p.sex = @sex', { sex: q.sex }],
    q.birthYearFrom !== undefined && ['p.birth_date >= @birthFrom', { birthFrom: `${q.birthYearFrom}-01-01` }],
    q.birthYearTo !== undefined && ['p.birth_date <= @birthTo', { birthTo: `${q.birthYearTo}-12-31` }],
  ]);
  const orderBy = ORDER_BY[`${q.sort}:${q.order}`];
  const query = {
    countFrom: 'people p',
    select: SELECT_PERSON,
    where,
    orderBy: prefer ? `${PREFERRED_FIRST}, ${orderBy}` : orderBy,
  };
  const params = prefer
    ? {
        asOf,
        preferLocality: prefer.localityId,
        preferBornTo: prefer.bornTo,
        preferAfterM: prefer.bornAfter.M,
        preferAfterF: prefer.bornAfter.F,
      }
    : { asOf };
  const { rows, ...page } = focusedCountAndPage<Row>(db, { ...query, params }, q);
  return { rows: rows.map(toPerson), ...page };
}

export function findPerson(db: Database, id: string, asOf: IsoDate): Person | null {
  const row = statement(db, `${SELECT_PERSON} WHERE p.id = @id`).get({ id, asOf }) as Row | undefined;
  return row ? toPerson(row) : null;
}

export function findCitizenIdOwner(db: Database, citizenId: string, excludeId?: string): CitizenIdOwner | null {
  const row = statement(
    db,
    `SELECT id, family_name, middle_name, given_name, birth_date, archived_at FROM people
       WHERE citizen_id = ? AND id IS NOT ? ORDER BY archived_at IS NOT NULL LIMIT 1`,
  ).get(citizenId, excludeId ?? null) as
    Pick<Row, 'id' | 'family_name' | 'middle_name' | 'given_name' | 'birth_date' | 'archived_at'> | undefined;
  if (!row) return null;
  return { id: row.id, fullName: fullNameOfRow(row), birthDate: row.birth_date, archived: row.archived_at !== null };
}

/** The columns derived from what the user typed: search text and sort keys. */
function derived(p: PersonCreateInput) {
  const fullName = [p.familyName, p.middleName, p.givenName].filter(Boolean).join(' ');
  return {
    search_text: [foldVietnamese(fullName), p.citizenId ?? '', p.phone ?? ''].filter(Boolean).join(' '),
    sort_given: vietnameseSortKey(p.givenName),
    sort_middle: vietnameseSortKey(p.middleName),
    sort_family: vietnameseSortKey(p.familyName),
  };
}

function columns(p: PersonCreateInput) {
  return {
    family_name: p.familyName,
    middle_name: p.middleName,
    given_name: p.givenName,
    birth_date: p.birthDate,
    sex: p.sex,
    citizen_id: p.citizenId,
    locality_id: p.localityId,
    address: p.address,
    phone: p.phone,
    ethnicity: p.ethnicity,
    religion: p.religion,
    education: p.education,
    occupation: p.occupation,
    notes: p.notes,
    ...derived(p),
  };
}

export function insertPerson(db: Database, p: PersonCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO people (id, family_name, middle_name, given_name, birth_date, sex, citizen_id, locality_id,
       address, phone, ethnicity, religion, education, occupation, notes,
       search_text, sort_given, sort_middle, sort_family, archived_at, created_at, updated_at, version)
     VALUES (@id, @family_name, @middle_name, @given_name, @birth_date, @sex, @citizen_id, @locality_id,
       @address, @phone, @ethnicity, @religion, @education, @occupation, @notes,
       @search_text, @sort_given, @sort_middle, @sort_family, NULL, @at, @at, 1)`,
  ).run({ id, at, ...columns(p) });
  return id;
}

/** Returns false when the row is not at `version` any more (a concurrent edit). */
export function updatePerson(db: Database, id: string, version: number, p: PersonCreateInput, at: string): boolean {
  return updateAtVersion(
    db,
    'people',
    `family_name = @family_name, middle_name = @middle_name, given_name = @given_name, birth_date = @birth_date,
       sex = @sex, citizen_id = @citizen_id, locality_id = @locality_id, address = @address, phone = @phone,
       ethnicity = @ethnicity, religion = @religion, education = @education, occupation = @occupation, notes = @notes,
       search_text = @search_text, sort_given = @sort_given, sort_middle = @sort_middle, sort_family = @sort_family`,
    { id, version, at },
    columns(p),
  );
}

export function setArchived(db: Database, id: string, version: number, archivedAt: string | null, at: string): boolean {
  return updateAtVersion(db, 'people', 'archived_at = @archivedAt', { id, version, at }, { archivedAt });
}

/** A person's version and updated_at now (the import's undo compares them with what it left); null: gone. */
export function personStamp(db: Database, id: string): { version: number; updatedAt: string } | null {
  const row = statement(db, `SELECT version, updated_at AS updatedAt FROM people WHERE id = ?`).get(id);
  return (row as { version: number; updatedAt: string } | undefined) ?? null;
}

/**
 * Every foreign key column that points at a person: what stops an imported person being taken
 * back. The one list both the query below and import/undo-faces.test.ts read (the test holds it to
 * the schema's foreign keys, so a column added later cannot be missed).
 */
export const PERSON_DEPENDANTS: readonly DependantLink[] = [
  { table: 'conscription_records', column: 'person_id' },
  { table: 'militia_memberships', column: 'person_id' },
  { table: 'militia_decisions', column: 'person_id' },
  { table: 'reservists', column: 'person_id' },
  { table: 'staff_members', column: 'person_id' },
  { table: 'training_participants', column: 'person_id' },
  { table: 'duty_shifts', column: 'person_id' },
  { table: 'police_notice_lines', column: 'person_id' },
  { table: 'policy_family_supports', column: 'person_id' },
  { table: 'policy_returnees', column: 'person_id' },
  { table: 'policy_cases', column: 'person_id' },
  { table: 'defence_education_participants', column: 'person_id' },
  { table: 'discipline_breaches', column: 'person_id' },
  { table: 'equipment_movements', column: 'person_id' },
];

const PERSON_DEPENDANTS_SQL = dependantsSql(PERSON_DEPENDANTS);

/** Every row of the program that points at a person, with the table it lives in. */
export function personDependants(db: Database, id: string): Array<{ dependant: string; id: string }> {
  return statement(db, PERSON_DEPENDANTS_SQL).all({ id }) as Array<{ dependant: string; id: string }>;
}

/** Deletes a person nothing points at (an import's undo, after its checks). */
export function deletePerson(db: Database, id: string): boolean {
  return statement(db, `DELETE FROM people WHERE id = ?`).run(id).changes === 1;
}
