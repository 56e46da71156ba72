import type { Database } from 'better-sqlite3-multiple-ciphers';
import { countAndPage } from '../db/paging';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { personOfJoinedRow, personSearchFilter } from '../people';
import type { MilitiaDecisionKind, MilitiaDecisionPoint } from './constants';
import type { MilitiaDecision } from './public-types';

const SELECT_VIEW = `
  SELECT d.*, p.family_name, p.middle_name, p.given_name, p.citizen_id, p.birth_date, p.sex
  FROM militia_decisions d
  JOIN people p ON p.id = d.person_id`;

type Row = Record<string, unknown> & { id: string };

function toDecision(r: Row): MilitiaDecision {
  return {
    id: r.id,
    personId: r.person_id as string,
    ...personOfJoinedRow(r),
    kind: r.kind as MilitiaDecisionKind,
    point: r.point as MilitiaDecisionPoint,
    decidedOn: r.decided_on as string,
    decidedBy: r.decided_by as string,
    validUntil: r.valid_until as string | null,
    notes: r.notes as string,
    version: r.version as number,
  };
}

export function findDecision(db: Database, id: string): MilitiaDecision | null {
  const row = statement(db, `${SELECT_VIEW} WHERE d.id = ?`).get(id) as Row | undefined;
  return row ? toDecision(row) : null;
}

/** Every decision on a person, latest first (a person has few). */
export function decisionsOf(db: Database, personId: string): MilitiaDecision[] {
  const rows = statement(db, `${SELECT_VIEW} WHERE d.person_id = ? ORDER BY d.decided_on DESC, d.id`).all(personId);
  return (rows as Row[]).map(toDecision);
}

export interface DecisionQuery {
  search: string;
  kind?: MilitiaDecisionKind;
  personId?: string;
  inForceOn?: string;
  limit: number;
  offset: number;
}

/** Latest decisions first; "in force on" a day: decided by then and, for a deferral, not yet past its last day. */
export function queryDecisions(db: Database, q: DecisionQuery): { rows: MilitiaDecision[]; total: number } {
  const search = personSearchFilter(q.search);
  const where = whereClause([
    q.kind && ['d.kind = @kind', { kind: q.kind }],
    q.personId && ['d.person_id = @personId', { personId: q.personId }],
    q.inForceOn && [
      'd.decided_on <= @inForceOn AND (d.valid_until IS NULL OR d.valid_until >= @inForceOn)',
      { inForceOn: q.inForceOn },
    ],
    search,
  ]);
  const page = countAndPage<Row>(db, {
    countFrom: 'militia_decisions d JOIN people p ON p.id = d.person_id',
    select: SELECT_VIEW,
    where,
    orderBy: 'd.decided_on DESC, d.id',
    limit: q.limit,
    offset: q.offset,
  });
  return { rows: page.rows.map(toDecision), total: page.total };
}

export interface DecisionValues {
  kind: MilitiaDecisionKind;
  point: MilitiaDecisionPoint;
  decidedOn: string;
  decidedBy: string;
  validUntil: string | null;
  notes: string;
}

export function insertDecision(db: Database, personId: string, v: DecisionValues, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO militia_decisions (id, person_id, kind, point, decided_on, decided_by, valid_until, notes,
       created_at, updated_at, version)
     VALUES (@id, @personId, @kind, @point, @decidedOn, @decidedBy, @validUntil, @notes, @at, @at, 1)`,
  ).run({ ...v, id, personId, at });
  return id;
}

export function updateDecision(db: Database, id: string, version: number, v: DecisionValues, at: string): boolean {
  return updateAtVersion(
    db,
    'militia_decisions',
    `kind = @kind, point = @point, decided_on = @decidedOn, decided_by = @decidedBy, valid_until = @validUntil,
       notes = @notes`,
    { id, version, at },
    v,
  );
}

/**
 * The health class of the person's latest military-service health exam, if the register holds one
 * (the only health conclusion the program keeps; read for Art. 10's reminder, never to refuse).
 */
export function latestHealthClass(db: Database, personId: string): { healthClass: number; year: number } | null {
  const row = statement(
    db,
    `SELECT r.health_class AS healthClass, c.year FROM conscription_records r
       JOIN conscription_campaigns c ON c.id = r.campaign_id
      WHERE r.person_id = ? AND r.health_class IS NOT NULL
      ORDER BY c.year DESC LIMIT 1`,
  ).get(personId) as { healthClass: number; year: number } | undefined;
  return row ?? null;
}
