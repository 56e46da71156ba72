import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { deleteAtVersion, newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { personSearchFilter } from '../people';
import { PERSON_COLUMNS, PERSON_ORDER, personOf, yearFilter, type PersonColumns } from './person-columns';
import type { FamilySupport } from './public-types';
import type { PolicyListInput, SupportCreateInput } from './schema';

/* Support to the families of serving conscripts (SQL only). */

const FROM = 'policy_family_supports s JOIN people p ON p.id = s.person_id';
const SELECT = `SELECT s.id, s.person_id, s.support_on, s.kind, s.amount, s.giver, s.note, s.version, ${PERSON_COLUMNS}
  FROM ${FROM}`;

type Row = PersonColumns & {
  id: string;
  person_id: string;
  support_on: string;
  kind: FamilySupport['kind'];
  amount: number | null;
  giver: string;
  note: string;
  version: number;
};

function toSupport(r: Row): FamilySupport {
  return {
    id: r.id,
    personId: r.person_id,
    ...personOf(r),
    supportOn: r.support_on,
    kind: r.kind,
    amount: r.amount,
    giver: r.giver,
    note: r.note,
    version: r.version,
  };
}

export function listSupports(db: Database, q: PolicyListInput): { rows: FamilySupport[]; total: number } & FocusAnswer {
  const where = whereClause([yearFilter('s.support_on', q.year), personSearchFilter(q.search)]);
  const { rows, ...page } = focusedCountAndPage<Row>(
    db,
    {
      countFrom: FROM,
      select: SELECT,
      where,
      orderBy: `s.support_on DESC, ${PERSON_ORDER}, s.id`,
    },
    q,
  );
  return { rows: rows.map(toSupport), ...page };
}

export function findSupport(db: Database, id: string): FamilySupport | null {
  const row = statement(db, `${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  return row ? toSupport(row) : null;
}

const params = (f: SupportCreateInput) => ({
  personId: f.personId,
  supportOn: f.supportOn,
  kind: f.kind,
  amount: f.amount,
  giver: f.giver,
  note: f.note,
});

export function insertSupport(db: Database, f: SupportCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO policy_family_supports (id, person_id, support_on, kind, amount, giver, note, created_at, updated_at, version)
     VALUES (@id, @personId, @supportOn, @kind, @amount, @giver, @note, @at, @at, 1)`,
  ).run({ id, at, ...params(f) });
  return id;
}

export function updateSupport(db: Database, id: string, version: number, f: SupportCreateInput, at: string): boolean {
  return updateAtVersion(
    db,
    'policy_family_supports',
    'person_id = @personId, support_on = @supportOn, kind = @kind, amount = @amount, giver = @giver, note = @note',
    { id, version, at },
    params(f),
  );
}

export function deleteSupport(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'policy_family_supports', id, version);
}
