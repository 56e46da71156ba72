import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../db/records';
import { statement } from '../db/statements';
import type { ExerciseStatus } from './constants';
import type { ExerciseStatusFacts, ExerciseStep } from './public-types';

interface Row {
  id: string;
  kind: ExerciseStep['kind'];
  from_status: ExerciseStatus;
  to_status: ExerciseStatus;
  reason: string;
  before_json: string;
  after_json: string;
  actor: string;
  undone_at: string | null;
  created_at: string;
}

const toStep = (r: Row): ExerciseStep => ({
  id: r.id,
  kind: r.kind,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  reason: r.reason,
  before: JSON.parse(r.before_json) as ExerciseStatusFacts,
  after: JSON.parse(r.after_json) as ExerciseStatusFacts,
  actor: r.actor,
  undoneAt: r.undone_at,
  createdAt: r.created_at,
});

export interface NewStep {
  exerciseId: string;
  kind: ExerciseStep['kind'];
  reason: string;
  before: ExerciseStatusFacts;
  after: ExerciseStatusFacts;
  actor: string;
}

export function insertStep(db: Database, s: NewStep, at: string): void {
  statement(
    db,
    `INSERT INTO exercise_steps (id, exercise_id, kind, from_status, to_status, reason, before_json, after_json,
       actor, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(
    newId(),
    s.exerciseId,
    s.kind,
    s.before.status,
    s.after.status,
    s.reason,
    JSON.stringify(s.before),
    JSON.stringify(s.after),
    s.actor,
    at,
    at,
  );
}

/** The history, oldest first (rowid breaks ties between steps of one transaction). */
export function listSteps(db: Database, exerciseId: string): ExerciseStep[] {
  const rows = statement(db, `SELECT * FROM exercise_steps WHERE exercise_id = ? ORDER BY created_at, rowid`).all(
    exerciseId,
  ) as Row[];
  return rows.map(toStep);
}

/** The newest step or correction still in force (undo rows and undone steps left out). */
export function lastInForce(db: Database, exerciseId: string): ExerciseStep | null {
  const row = statement(
    db,
    `SELECT * FROM exercise_steps WHERE exercise_id = ? AND kind <> 'undo' AND undone_at IS NULL
      ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  ).get(exerciseId) as Row | undefined;
  return row ? toStep(row) : null;
}

export function markUndone(db: Database, id: string, at: string): void {
  statement(db, `UPDATE exercise_steps SET undone_at = ?, updated_at = ?, version = version + 1 WHERE id = ?`).run(
    at,
    at,
    id,
  );
}
