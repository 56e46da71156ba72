import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import type { IsoDate } from '../shared/dates';
import type { ReadinessPractice } from './public-types';
import type { PracticeCreateInput, PracticeListInput } from './schema';

const SELECT_PRACTICE = `SELECT p.id, p.holder_id AS holderId, h.name AS holderName, p.kind_id AS kindId,
    k.name AS kindName, p.status, p.practised_on AS practisedOn, p.planned_at AS plannedAt, p.participants,
    p.rating, p.note, p.version
  FROM readiness_practices p
  JOIN readiness_holders h ON h.id = p.holder_id
  JOIN readiness_document_kinds k ON k.id = p.kind_id`;

export function listPractices(
  db: Database,
  input: PracticeListInput,
): { rows: ReadinessPractice[]; total: number } & FocusAnswer {
  const where = whereClause([
    input.year !== undefined && [
      'p.practised_on BETWEEN @yearFrom AND @yearTo',
      { yearFrom: `${input.year}-01-01`, yearTo: `${input.year}-12-31` },
    ],
    input.holderId !== undefined && ['p.holder_id = @holderId', { holderId: input.holderId }],
    input.status !== undefined && ['p.status = @status', { status: input.status }],
  ]);
  return focusedCountAndPage<ReadinessPractice>(
    db,
    {
      countFrom: 'readiness_practices p',
      select: SELECT_PRACTICE,
      where,
      // The latest first, as the office reads its log.
      orderBy: 'p.practised_on DESC, vi_sort_key(h.name), p.id',
    },
    input,
  );
}

export function findPractice(db: Database, id: string): ReadinessPractice | null {
  return (statement(db, `${SELECT_PRACTICE} WHERE p.id = ?`).get(id) as ReadinessPractice | undefined) ?? null;
}

type PracticeFields = Omit<PracticeCreateInput, 'plannedAt'> & { plannedAt: IsoDate };

const practiceParams = (f: PracticeFields) => ({
  holderId: f.holderId,
  kindId: f.kindId,
  status: f.status,
  practisedOn: f.practisedOn,
  plannedAt: f.plannedAt,
  participants: f.participants,
  rating: f.rating,
  note: f.note,
});

export function insertPractice(db: Database, f: PracticeFields, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO readiness_practices (id, holder_id, kind_id, status, practised_on, planned_at, participants, rating,
       note, created_at, updated_at)
     VALUES (@id, @holderId, @kindId, @status, @practisedOn, @plannedAt, @participants, @rating, @note, @at, @at)`,
  ).run({ id, at, ...practiceParams(f) });
  return id;
}

export function updatePractice(db: Database, row: { id: string; version: number; at: string }, f: PracticeFields) {
  return updateAtVersion(
    db,
    'readiness_practices',
    `holder_id = @holderId, kind_id = @kindId, status = @status, practised_on = @practisedOn,
     planned_at = @plannedAt, participants = @participants, rating = @rating, note = @note`,
    row,
    practiceParams(f),
  );
}

/** Practices dated in [from, to]: all of them, those held, and the people who took part in those held. */
export function practiceCounts(
  db: Database,
  from: IsoDate,
  to: IsoDate,
): { all: number; done: number; participants: number } {
  return statement(
    db,
    `SELECT COUNT(*) AS "all", COALESCE(SUM(status = 'done'), 0) AS done,
            COALESCE(SUM(CASE WHEN status = 'done' THEN participants END), 0) AS participants
       FROM readiness_practices WHERE practised_on BETWEEN @from AND @to`,
  ).get({ from, to }) as { all: number; done: number; participants: number };
}

/**
 * Practices dated in [from, to] that were planned by `plannedBy` (as the plan stood then, even if
 * held later): Part II of the review that ends on `plannedBy`.
 */
export function practicesPlanned(db: Database, from: IsoDate, to: IsoDate, plannedBy: IsoDate): ReadinessPractice[] {
  return statement(
    db,
    `${SELECT_PRACTICE} WHERE p.practised_on BETWEEN @from AND @to AND p.planned_at <= @plannedBy
      ORDER BY p.practised_on, vi_sort_key(h.name), p.id`,
  ).all({ from, to, plannedBy }) as ReadinessPractice[];
}
