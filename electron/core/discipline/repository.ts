import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { joinFullName } from '../shared/vietnamese-text';
import type { DisciplineForce, HandlingForm } from './constants';
import type { DisciplineBreach } from './public-types';
import type { BreachCreateInput, BreachListInput } from './schema';

const SELECT = `SELECT b.id, b.person_id AS personId, p.family_name AS familyName, p.middle_name AS middleName,
    p.given_name AS givenName, p.birth_date AS birthDate, b.force, b.occurred_on AS occurredOn, b.description,
    b.status, b.form, b.decision_number AS decisionNumber, b.handled_on AS handledOn, b.note, b.version
  FROM discipline_breaches b JOIN people p ON p.id = b.person_id`;

type Row = Omit<DisciplineBreach, 'fullName'> & { familyName: string; middleName: string; givenName: string };

const toBreach = ({ familyName, middleName, givenName, ...row }: Row): DisciplineBreach => ({
  ...row,
  fullName: joinFullName({ familyName, middleName, givenName }),
});

export function listBreaches(
  db: Database,
  input: BreachListInput,
): { rows: DisciplineBreach[]; total: number } & FocusAnswer {
  const where = whereClause([
    input.from !== undefined && ['b.occurred_on >= @from', { from: input.from }],
    input.to !== undefined && ['b.occurred_on <= @to', { to: input.to }],
    input.force !== undefined && ['b.force = @force', { force: input.force }],
    input.status !== undefined && ['b.status = @status', { status: input.status }],
  ]);
  const { rows, ...page } = focusedCountAndPage<Row>(
    db,
    {
      countFrom: 'discipline_breaches b',
      select: SELECT,
      where,
      orderBy: 'b.occurred_on DESC, b.created_at DESC, b.id',
    },
    input,
  );
  return { rows: rows.map(toBreach), ...page };
}

export function findBreach(db: Database, id: string): DisciplineBreach | null {
  const row = statement(db, `${SELECT} WHERE b.id = ?`).get(id) as Row | undefined;
  return row ? toBreach(row) : null;
}

const params = (f: BreachCreateInput) => ({
  personId: f.personId,
  force: f.force,
  occurredOn: f.occurredOn,
  description: f.description,
  status: f.status,
  form: f.form,
  decisionNumber: f.decisionNumber,
  handledOn: f.handledOn,
  note: f.note,
});

export function insertBreach(db: Database, f: BreachCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO discipline_breaches (id, person_id, force, occurred_on, description, status, form, decision_number,
       handled_on, note, created_at, updated_at, version)
     VALUES (@id, @personId, @force, @occurredOn, @description, @status, @form, @decisionNumber, @handledOn, @note,
       @at, @at, 1)`,
  ).run({ id, at, ...params(f) });
  return id;
}

/** false when the breach is not at `version` any more (a concurrent edit). */
export function updateBreach(db: Database, id: string, version: number, f: BreachCreateInput, at: string): boolean {
  return updateAtVersion(
    db,
    'discipline_breaches',
    `person_id = @personId, force = @force, occurred_on = @occurredOn, description = @description,
     status = @status, form = @form, decision_number = @decisionNumber, handled_on = @handledOn, note = @note`,
    { id, version, at },
    params(f),
  );
}

type Range = { from: string; to: string };

/** Breaches dated in [from, to] per force. */
export function countByForce(db: Database, range: Range): { force: DisciplineForce; n: number }[] {
  return statement(
    db,
    `SELECT force, COUNT(*) AS n FROM discipline_breaches WHERE occurred_on BETWEEN @from AND @to GROUP BY force`,
  ).all(range) as { force: DisciplineForce; n: number }[];
}

/** Breaches dated in [from, to] handled by `to` (the decision on or before it), per form. */
export function handledByForm(db: Database, range: Range): { form: HandlingForm; n: number }[] {
  return statement(
    db,
    `SELECT form, COUNT(*) AS n FROM discipline_breaches
     WHERE occurred_on BETWEEN @from AND @to AND status = 'handled' AND handled_on <= @to GROUP BY form`,
  ).all(range) as { form: HandlingForm; n: number }[];
}
