import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { deleteAtVersion, newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { personSearchFilter } from '../people';
import { PERSON_COLUMNS, PERSON_ORDER, personOf, yearFilter, type PersonColumns } from './person-columns';
import type { Returnee, ReturneeSupport } from './public-types';
import type { PolicyListInput, ReturneeCreateInput, ReturneeSupportInput } from './schema';

/* Soldiers discharged and back at the locality, with their job and training support (SQL only). */

/** A returnee as stored; the registration deadline and warning are the service's (they need today). */
export type StoredReturnee = Omit<Returnee, 'registrationDeadline' | 'registrationWarning'>;
type ReturneeFields = Omit<ReturneeCreateInput, 'supports'>;

const FROM = 'policy_returnees r JOIN people p ON p.id = r.person_id';
const SELECT = `SELECT r.id, r.person_id, r.discharged_on, r.returned_on, r.reserve_registered_on, r.note, r.version,
  ${PERSON_COLUMNS} FROM ${FROM}`;

type Row = PersonColumns & {
  id: string;
  person_id: string;
  discharged_on: string;
  returned_on: string;
  reserve_registered_on: string | null;
  note: string;
  version: number;
};

function supportsOf(db: Database, ids: readonly string[]): Map<string, ReturneeSupport[]> {
  const rows = statement(
    db,
    `SELECT returnee_id, kind, support_on AS supportOn, note FROM policy_returnee_supports
     WHERE returnee_id IN (SELECT value FROM json_each(@ids)) ORDER BY returnee_id, position`,
  ).all({ ids: JSON.stringify(ids) }) as (ReturneeSupport & { returnee_id: string })[];
  const byId = new Map<string, ReturneeSupport[]>(ids.map((id) => [id, []]));
  for (const { returnee_id, ...support } of rows) byId.get(returnee_id)?.push(support);
  return byId;
}

function withSupports(db: Database, rows: Row[]): StoredReturnee[] {
  const supports = supportsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    ...personOf(r),
    dischargedOn: r.discharged_on,
    returnedOn: r.returned_on,
    reserveRegisteredOn: r.reserve_registered_on,
    note: r.note,
    supports: supports.get(r.id) ?? [],
    version: r.version,
  }));
}

export function listReturnees(
  db: Database,
  q: PolicyListInput,
): { rows: StoredReturnee[]; total: number } & FocusAnswer {
  const where = whereClause([yearFilter('r.returned_on', q.year), personSearchFilter(q.search)]);
  const { rows, ...page } = focusedCountAndPage<Row>(
    db,
    {
      countFrom: FROM,
      select: SELECT,
      where,
      orderBy: `r.returned_on DESC, ${PERSON_ORDER}, r.id`,
    },
    q,
  );
  return { rows: withSupports(db, rows), ...page };
}

export function findReturnee(db: Database, id: string): StoredReturnee | null {
  const row = statement(db, `${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  return row ? withSupports(db, [row])[0]! : null;
}

/** Another returnee record of the same person with the same discharge decision date (a duplicate). */
export function findSameDischarge(db: Database, personId: string, dischargedOn: string, excludeId: string | null) {
  return (
    statement(
      db,
      `SELECT id FROM policy_returnees WHERE person_id = ? AND discharged_on = ? AND id IS NOT ? LIMIT 1`,
    ).get(personId, dischargedOn, excludeId) !== undefined
  );
}

const params = (f: ReturneeFields) => ({
  personId: f.personId,
  dischargedOn: f.dischargedOn,
  returnedOn: f.returnedOn,
  registeredOn: f.reserveRegisteredOn,
  note: f.note,
});

export function insertReturnee(db: Database, f: ReturneeFields, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO policy_returnees (id, person_id, discharged_on, returned_on, reserve_registered_on, note,
       created_at, updated_at, version)
     VALUES (@id, @personId, @dischargedOn, @returnedOn, @registeredOn, @note, @at, @at, 1)`,
  ).run({ id, at, ...params(f) });
  return id;
}

export function updateReturnee(db: Database, id: string, version: number, f: ReturneeFields, at: string): boolean {
  return updateAtVersion(
    db,
    'policy_returnees',
    `person_id = @personId, discharged_on = @dischargedOn, returned_on = @returnedOn,
     reserve_registered_on = @registeredOn, note = @note`,
    { id, version, at },
    params(f),
  );
}

export function deleteReturnee(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'policy_returnees', id, version);
}

export function deleteSupports(db: Database, returneeId: string): void {
  statement(db, `DELETE FROM policy_returnee_supports WHERE returnee_id = ?`).run(returneeId);
}

export function insertSupportLine(
  db: Database,
  returneeId: string,
  position: number,
  s: ReturneeSupportInput,
  at: string,
): void {
  statement(
    db,
    `INSERT INTO policy_returnee_supports (id, returnee_id, position, kind, support_on, note, created_at, updated_at, version)
     VALUES (@id, @returneeId, @position, @kind, @supportOn, @note, @at, @at, 1)`,
  ).run({ id: newId(), returneeId, position, kind: s.kind, supportOn: s.supportOn, note: s.note, at });
}
