import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../db/records';
import { statement } from '../db/statements';
import type { CourseEntries, CourseKind, CourseStep } from './public-types';

interface Row {
  id: string;
  kind: CourseStep['kind'];
  from_status: string;
  to_status: string;
  reason: string;
  entries_json: string;
  actor: string;
  undone_at: string | null;
  created_at: string;
}

const toStep = <S extends string>(r: Row): CourseStep<S> => ({
  id: r.id,
  kind: r.kind,
  fromStatus: r.from_status as S,
  toStatus: r.to_status as S,
  reason: r.reason,
  actor: r.actor,
  undoneAt: r.undone_at,
  createdAt: r.created_at,
});

export interface NewCourseStep {
  courseKind: CourseKind;
  courseId: string;
  kind: CourseStep['kind'];
  fromStatus: string;
  toStatus: string;
  reason: string;
  entries: CourseEntries;
  actor: string;
}

export function insertCourseStep(db: Database, s: NewCourseStep, at: string): void {
  statement(
    db,
    `INSERT INTO course_steps (id, course_kind, course_id, kind, from_status, to_status, reason, entries_json, actor,
       created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(
    newId(),
    s.courseKind,
    s.courseId,
    s.kind,
    s.fromStatus,
    s.toStatus,
    s.reason,
    JSON.stringify(s.entries),
    s.actor,
    at,
    at,
  );
}

/**
 * The history, oldest first. Rows are only ever appended per course, so insertion order (rowid) is
 * the order the steps were taken; created_at follows the office's clock, which can be set back.
 * (A VACUUM may renumber rowids but copies rows in rowid order, so the order survives.)
 */
export function listCourseSteps<S extends string>(db: Database, kind: CourseKind, courseId: string): CourseStep<S>[] {
  const rows = statement(db, `SELECT * FROM course_steps WHERE course_kind = ? AND course_id = ? ORDER BY rowid`).all(
    kind,
    courseId,
  ) as Row[];
  return rows.map((r) => toStep<S>(r));
}

/** The newest step still in force (undo rows and undone steps left out), by insertion as the history, with the entries it found. */
export function lastCourseStep<S extends string>(
  db: Database,
  kind: CourseKind,
  courseId: string,
): (CourseStep<S> & { entries: CourseEntries }) | null {
  const row = statement(
    db,
    `SELECT * FROM course_steps WHERE course_kind = ? AND course_id = ? AND kind = 'step' AND undone_at IS NULL
      ORDER BY rowid DESC LIMIT 1`,
  ).get(kind, courseId) as Row | undefined;
  return row ? { ...toStep<S>(row), entries: JSON.parse(row.entries_json) as CourseEntries } : null;
}

export function markCourseStepUndone(db: Database, id: string, at: string): void {
  statement(db, `UPDATE course_steps SET undone_at = ?, updated_at = ?, version = version + 1 WHERE id = ?`).run(
    at,
    at,
    id,
  );
}

/**
 * SQL for the office's day ('localtime') a course now cancelled became so: the newest step into
 * "cancelled" still in force — a cancellation undone and made again later counts from the later
 * one, and an undo back to "cancelled" counts from the undo. NULL for a course without such a row
 * (cancelled before the history existed), where the caller falls back to the audit trail. `alias`
 * names the course table in the caller's query; both arguments are code constants, never input.
 */
export function cancelledOnSql(alias: string, kind: CourseKind): string {
  return `(SELECT date(s.created_at, 'localtime') FROM course_steps s
      WHERE s.course_kind = '${kind}' AND s.course_id = ${alias}.id AND s.to_status = 'cancelled'
        AND s.undone_at IS NULL
      ORDER BY s.rowid DESC LIMIT 1)`;
}
