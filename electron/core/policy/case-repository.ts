import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { deleteAtVersion, newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { containsPattern, whereClause, type FilterClause } from '../db/where';
import { personSearchFilter } from '../people';
import { foldVietnamese } from '../shared/vietnamese-text';
import type { PolicyCase } from './public-types';
import type { CaseCreateInput, PolicyListInput } from './schema';

/* Other policy cases (SQL only). */

const FROM = 'policy_cases c LEFT JOIN people p ON p.id = c.person_id';
const SELECT = `SELECT c.id, c.person_id, c.subject_name, c.kind, c.received_on, c.decision_number, c.decision_on,
    c.outcome, c.resolved_on, c.note, c.version, p.family_name, p.middle_name, p.given_name, p.birth_date
  FROM ${FROM}`;

type Row = {
  id: string;
  person_id: string | null;
  subject_name: string;
  kind: PolicyCase['kind'];
  received_on: string;
  decision_number: string;
  decision_on: string | null;
  outcome: PolicyCase['outcome'];
  resolved_on: string | null;
  note: string;
  version: number;
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
  birth_date: string | null;
};

function toCase(r: Row): PolicyCase {
  const registered = r.person_id !== null;
  return {
    id: r.id,
    personId: r.person_id,
    subjectName: registered ? [r.family_name, r.middle_name, r.given_name].filter(Boolean).join(' ') : r.subject_name,
    birthDate: registered ? r.birth_date : null,
    kind: r.kind,
    receivedOn: r.received_on,
    decisionNumber: r.decision_number,
    decisionOn: r.decision_on,
    outcome: r.outcome,
    resolvedOn: r.resolved_on,
    note: r.note,
    version: r.version,
  };
}

/** The search box finds the register's person (accent-free) or the typed name / decision number. */
function searchFilter(search: string): FilterClause | null {
  const person = personSearchFilter(search);
  if (!person) return null;
  return [
    `(${person[0]} OR c.search_text LIKE @caseLike ESCAPE '\\')`,
    { ...person[1], caseLike: containsPattern(foldVietnamese(search)) },
  ];
}

/** A year shows the cases being handled in it: received by its end and not resolved before it began. */
function yearOpen(year: number | undefined): FilterClause | null {
  if (year === undefined) return null;
  return [
    'c.received_on <= @yearTo AND (c.resolved_on IS NULL OR c.resolved_on >= @yearFrom)',
    { yearFrom: `${year}-01-01`, yearTo: `${year}-12-31` },
  ];
}

export function listCases(db: Database, q: PolicyListInput): { rows: PolicyCase[]; total: number } & FocusAnswer {
  const where = whereClause([yearOpen(q.year), searchFilter(q.search)]);
  const { rows, ...page } = focusedCountAndPage<Row>(
    db,
    {
      countFrom: FROM,
      select: SELECT,
      where,
      orderBy: 'c.received_on DESC, c.id',
    },
    q,
  );
  return { rows: rows.map(toCase), ...page };
}

export function findCase(db: Database, id: string): PolicyCase | null {
  const row = statement(db, `${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  return row ? toCase(row) : null;
}

const params = (f: CaseCreateInput) => {
  const subjectName = f.personId === null ? f.subjectName : '';
  return {
    personId: f.personId,
    subjectName,
    kind: f.kind,
    receivedOn: f.receivedOn,
    decisionNumber: f.decisionNumber,
    decisionOn: f.decisionOn,
    outcome: f.outcome,
    resolvedOn: f.resolvedOn,
    note: f.note,
    searchText: foldVietnamese(`${subjectName} ${f.decisionNumber}`),
  };
};

export function insertCase(db: Database, f: CaseCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO policy_cases (id, person_id, subject_name, kind, received_on, decision_number, decision_on, outcome,
       resolved_on, note, search_text, created_at, updated_at, version)
     VALUES (@id, @personId, @subjectName, @kind, @receivedOn, @decisionNumber, @decisionOn, @outcome,
       @resolvedOn, @note, @searchText, @at, @at, 1)`,
  ).run({ id, at, ...params(f) });
  return id;
}

export function updateCase(db: Database, id: string, version: number, f: CaseCreateInput, at: string): boolean {
  return updateAtVersion(
    db,
    'policy_cases',
    `person_id = @personId, subject_name = @subjectName, kind = @kind, received_on = @receivedOn,
     decision_number = @decisionNumber, decision_on = @decisionOn, outcome = @outcome, resolved_on = @resolvedOn,
     note = @note, search_text = @searchText`,
    { id, version, at },
    params(f),
  );
}

export function deleteCase(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'policy_cases', id, version);
}
