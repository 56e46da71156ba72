import type { Database } from 'better-sqlite3-multiple-ciphers';
import { foldVietnamese, fullNameOfRow } from '../shared/vietnamese-text';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { containsPattern, whereClause } from '../db/where';
import type { CourseSumColumns } from './rules';
import type {
  CourseCreateInput,
  TrainingCourse,
  TrainingCourseRow,
  TrainingParticipant,
  TrainingResult,
  TrainingStatus,
  TrainingTarget,
} from './schema';

/** One participant's effective attended days: present marks when any exist, else the total entered. */
const ATTENDED = `CASE WHEN EXISTS (SELECT 1 FROM training_attendance a WHERE a.participant_id = p.id)
    THEN (SELECT COUNT(*) FROM training_attendance a WHERE a.participant_id = p.id AND a.present = 1)
    ELSE p.attended_days END`;

/** Per-course sums the rates are computed from (see rules.ts `courseFigures`), for the courses `filter` selects. */
function courseSums(filter: string): string {
  return `
  SELECT x.course_id,
    COUNT(*) AS participants,
    SUM(CASE WHEN x.attended IS NULL THEN 0 ELSE 1 END) AS recorded,
    SUM(COALESCE(x.attended, 0)) AS attended,
    SUM(CASE WHEN x.result IS NULL THEN 0 ELSE 1 END) AS rated,
    SUM(CASE WHEN x.result = 'excellent' THEN 1 ELSE 0 END) AS excellent,
    SUM(CASE WHEN x.result = 'good' THEN 1 ELSE 0 END) AS good,
    SUM(CASE WHEN x.result = 'pass' THEN 1 ELSE 0 END) AS pass,
    SUM(CASE WHEN x.result = 'fail' THEN 1 ELSE 0 END) AS fail
  FROM (SELECT p.course_id, p.result, ${ATTENDED} AS attended
        FROM training_participants p WHERE p.course_id IN (${filter})) x
  GROUP BY x.course_id`;
}

/** A course as stored, with its unit's name: the API's course before its participants' figures. */
export type CourseRecord = Omit<TrainingCourseRow, 'participants' | 'attendanceRate' | 'goodOrBetterRate'> &
  Pick<TrainingCourse, 'notes' | 'version'>;

/** A course with its participants' sums, before the rates are worked out. */
export type CourseSums = CourseRecord & CourseSumColumns;

const SELECT_COURSE = `
  SELECT c.id, c.title, c.target, c.component, c.militia_unit_id AS militiaUnitId,
    c.reserve_unit_id AS reserveUnitId,
    COALESCE((SELECT name FROM militia_units WHERE id = c.militia_unit_id),
             (SELECT name FROM reserve_units WHERE id = c.reserve_unit_id)) AS unitName,
    c.starts_on AS startsOn, c.ends_on AS endsOn, c.place, c.planned_days AS plannedDays, c.status,
    c.notes, c.version,
    COALESCE(s.participants, 0) AS participants, COALESCE(s.recorded, 0) AS recorded,
    COALESCE(s.attended, 0) AS attended, COALESCE(s.rated, 0) AS rated,
    COALESCE(s.excellent, 0) AS excellent, COALESCE(s.good, 0) AS good,
    COALESCE(s.pass, 0) AS pass, COALESCE(s.fail, 0) AS fail
  FROM training_courses c`;

/** The sums joined for the listed courses only (so a page never sums every course). */
function sumsJoin(filter: string): string {
  return `LEFT JOIN (${courseSums(filter)}) s ON s.course_id = c.id`;
}

export function findCourse(db: Database, id: string): CourseSums | null {
  return (
    (statement(db, `${SELECT_COURSE} ${sumsJoin('@id')} WHERE c.id = @id`).get({ id }) as CourseSums | undefined) ??
    null
  );
}

export interface CourseQuery {
  year?: number;
  target?: TrainingTarget;
  status?: TrainingStatus;
  search: string;
  page: number;
  pageSize: number;
  /** A course just saved: the page holding it is read instead of `page`. */
  focusId?: string;
}

function courseWhere(q: Omit<CourseQuery, 'page' | 'pageSize'>) {
  return whereClause([
    q.year !== undefined && [
      'c.starts_on BETWEEN @yearFrom AND @yearTo',
      { yearFrom: `${q.year}-01-01`, yearTo: `${q.year}-12-31` },
    ],
    q.target && ['c.target = @target', { target: q.target }],
    q.status && ['c.status = @status', { status: q.status }],
    q.search && [
      `(vi_fold(c.title) LIKE @search ESCAPE '\\' OR vi_fold(c.place) LIKE @search ESCAPE '\\')`,
      { search: containsPattern(foldVietnamese(q.search)) },
    ],
  ]);
}

/** Two steps: count and pick the page's ids on the courses table alone, then build those rows. */
export function queryCourses(db: Database, q: CourseQuery): { rows: CourseSums[]; total: number } & FocusAnswer {
  const {
    rows: page,
    total,
    ...focus
  } = focusedCountAndPage<{ id: string }>(
    db,
    {
      countFrom: 'training_courses c',
      select: 'SELECT c.id FROM training_courses c',
      where: courseWhere(q),
      orderBy: 'c.starts_on DESC, c.title, c.id',
    },
    q,
  );
  const ids = page.map((r) => r.id);
  if (ids.length === 0) return { rows: [], total, ...focus };
  const pageFilter = 'SELECT value FROM json_each(@ids)';
  const rows = statement(
    db,
    `${SELECT_COURSE} ${sumsJoin(pageFilter)} WHERE c.id IN (${pageFilter})
     ORDER BY c.starts_on DESC, c.title, c.id`,
  ).all({ ids: JSON.stringify(ids) }) as CourseSums[];
  return { rows, total, ...focus };
}

/** Courses starting within [from, to], not cancelled, with their sums. */
export function coursesStartingIn(db: Database, from: string, to: string): CourseSums[] {
  const filter = `SELECT id FROM training_courses WHERE starts_on BETWEEN @from AND @to AND status <> 'cancelled'`;
  return statement(
    db,
    `${SELECT_COURSE} ${sumsJoin(filter)} WHERE c.id IN (${filter}) ORDER BY c.starts_on, c.title, c.id`,
  ).all({ from, to }) as CourseSums[];
}

export type CourseValues = Omit<CourseCreateInput, 'plannedDays'> & { plannedDays: number };

export function insertCourse(db: Database, v: CourseValues, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO training_courses (id, title, target, component, militia_unit_id, reserve_unit_id, starts_on, ends_on,
       place, planned_days, status, notes, created_at, updated_at, version)
     VALUES (@id, @title, @target, @component, @militiaUnitId, @reserveUnitId, @startsOn, @endsOn,
       @place, @plannedDays, 'planned', @notes, @at, @at, 1)`,
  ).run({ id, at, ...v });
  return id;
}

/** Optimistic update: false when the version moved on. */
export function updateCourse(db: Database, id: string, version: number, v: CourseValues, at: string): boolean {
  return updateAtVersion(
    db,
    'training_courses',
    `title = @title, target = @target, component = @component, militia_unit_id = @militiaUnitId,
       reserve_unit_id = @reserveUnitId, starts_on = @startsOn, ends_on = @endsOn, place = @place,
       planned_days = @plannedDays, notes = @notes`,
    { id, version, at },
    v,
  );
}

export function setCourseStatus(db: Database, id: string, version: number, status: TrainingStatus, at: string) {
  return updateAtVersion(db, 'training_courses', 'status = @status', { id, version, at }, { status });
}

// ---- Participants ----

interface ParticipantDbRow {
  id: string;
  courseId: string;
  personId: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  birthDate: string;
  citizenId: string | null;
  enteredDays: number | null;
  dayMarks: number;
  presentDays: number;
  result: TrainingResult | null;
  notes: string;
  version: number;
}

const SELECT_PARTICIPANT = `
  SELECT p.id, p.course_id AS courseId, p.person_id AS personId, pe.family_name, pe.middle_name, pe.given_name,
    pe.birth_date AS birthDate, pe.citizen_id AS citizenId, p.attended_days AS enteredDays,
    (SELECT COUNT(*) FROM training_attendance a WHERE a.participant_id = p.id) AS dayMarks,
    (SELECT COUNT(*) FROM training_attendance a WHERE a.participant_id = p.id AND a.present = 1) AS presentDays,
    p.result, p.notes, p.version
  FROM training_participants p JOIN people pe ON pe.id = p.person_id`;

function toParticipant(r: ParticipantDbRow): TrainingParticipant {
  return {
    id: r.id,
    courseId: r.courseId,
    personId: r.personId,
    fullName: fullNameOfRow(r),
    birthDate: r.birthDate,
    citizenId: r.citizenId,
    enteredDays: r.enteredDays,
    dayMarks: r.dayMarks,
    presentDays: r.presentDays,
    attendedDays: r.dayMarks > 0 ? r.presentDays : r.enteredDays,
    result: r.result,
    notes: r.notes,
    version: r.version,
  };
}

/** A course's participants in Vietnamese name order. */
export function listParticipants(db: Database, courseId: string): TrainingParticipant[] {
  return (
    statement(
      db,
      `${SELECT_PARTICIPANT} WHERE p.course_id = ?
       ORDER BY pe.sort_given, pe.sort_middle, pe.sort_family, pe.id`,
    ).all(courseId) as ParticipantDbRow[]
  ).map(toParticipant);
}

export function findParticipant(db: Database, id: string): TrainingParticipant | null {
  const row = statement(db, `${SELECT_PARTICIPANT} WHERE p.id = ?`).get(id) as ParticipantDbRow | undefined;
  return row ? toParticipant(row) : null;
}

export function participantPersonIds(db: Database, courseId: string): Set<string> {
  const rows = statement(db, `SELECT person_id FROM training_participants WHERE course_id = ?`).all(courseId) as Array<{
    person_id: string;
  }>;
  return new Set(rows.map((r) => r.person_id));
}

export function existingPeople(db: Database, personIds: string[]): Set<string> {
  const rows = statement(db, `SELECT id FROM people WHERE id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(personIds),
  ) as Array<{ id: string }>;
  return new Set(rows.map((r) => r.id));
}

export function insertParticipant(db: Database, courseId: string, personId: string, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO training_participants (id, course_id, person_id, attended_days, result, notes,
       created_at, updated_at, version)
     VALUES (?, ?, ?, NULL, NULL, '', ?, ?, 1)`,
  ).run(id, courseId, personId, at, at);
  return id;
}

export function deleteParticipant(db: Database, id: string): void {
  statement(db, `DELETE FROM training_attendance WHERE participant_id = ?`).run(id);
  statement(db, `DELETE FROM training_participants WHERE id = ?`).run(id);
}

export function setEnteredDays(db: Database, id: string, days: number | null, at: string): void {
  statement(
    db,
    `UPDATE training_participants SET attended_days = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
  ).run(days, at, id);
}

export function setResult(db: Database, id: string, result: TrainingResult | null, at: string): void {
  statement(db, `UPDATE training_participants SET result = ?, updated_at = ?, version = version + 1 WHERE id = ?`).run(
    result,
    at,
    id,
  );
}

/** Sets (present true/false) or clears (null) one day's mark. */
export function setDayMark(db: Database, participantId: string, onDate: string, present: boolean | null, at: string) {
  if (present === null) {
    statement(db, `DELETE FROM training_attendance WHERE participant_id = ? AND on_date = ?`).run(
      participantId,
      onDate,
    );
    return;
  }
  statement(
    db,
    `INSERT INTO training_attendance (id, participant_id, on_date, present, created_at, updated_at, version)
     VALUES (@id, @participantId, @onDate, @present, @at, @at, 1)
     ON CONFLICT (participant_id, on_date) DO UPDATE SET present = excluded.present, updated_at = excluded.updated_at,
       version = training_attendance.version + 1`,
  ).run({ id: newId(), participantId, onDate, present: present ? 1 : 0, at });
}

export function dayMarksOf(db: Database, courseId: string) {
  return (
    statement(
      db,
      `SELECT a.participant_id AS participantId, a.on_date AS onDate, a.present
       FROM training_attendance a JOIN training_participants p ON p.id = a.participant_id
       WHERE p.course_id = ? ORDER BY a.on_date`,
    ).all(courseId) as Array<{ participantId: string; onDate: string; present: number }>
  ).map((r) => ({ participantId: r.participantId, onDate: r.onDate, present: r.present === 1 }));
}

/** For a date or planned-days change: the largest total entered, and the marks outside the new dates. */
export function attendanceBounds(db: Database, courseId: string, startsOn: string, endsOn: string) {
  return statement(
    db,
    `SELECT
       (SELECT MAX(${ATTENDED}) FROM training_participants p WHERE p.course_id = @courseId) AS maxAttended,
       (SELECT COUNT(*) FROM training_attendance a JOIN training_participants p ON p.id = a.participant_id
         WHERE p.course_id = @courseId AND (a.on_date < @startsOn OR a.on_date > @endsOn)) AS outside`,
  ).get({ courseId, startsOn, endsOn }) as { maxAttended: number | null; outside: number };
}

/** A person's courses, for their service history. */
export function coursesOfPerson(db: Database, personId: string) {
  return statement(
    db,
    `SELECT p.id, c.id AS courseId, c.title, c.target, c.starts_on AS startsOn, c.ends_on AS endsOn, c.status,
       c.planned_days AS plannedDays, ${ATTENDED} AS attendedDays, p.result
     FROM training_participants p JOIN training_courses c ON c.id = p.course_id
     WHERE p.person_id = ? ORDER BY c.starts_on, c.id`,
  ).all(personId) as Array<{
    id: string;
    courseId: string;
    title: string;
    target: TrainingTarget;
    startsOn: string;
    endsOn: string;
    status: TrainingStatus;
    plannedDays: number;
    attendedDays: number | null;
    result: TrainingResult | null;
  }>;
}

/**
 * Each participant's recorded entries as comparable text (the total entered and the per-day marks;
 * the result), with the name a refusal shows: what a status step keeps and an undo compares.
 */
export function participantEntries(db: Database, courseId: string) {
  return statement(
    db,
    `SELECT p.id, pe.family_name, pe.middle_name, pe.given_name,
       p.attended_days AS entered,
       (SELECT group_concat(m.on_date || '=' || m.present, ',')
          FROM (SELECT on_date, present FROM training_attendance WHERE participant_id = p.id ORDER BY on_date) m) AS marks,
       p.result
     FROM training_participants p JOIN people pe ON pe.id = p.person_id
     WHERE p.course_id = ?
     ORDER BY p.created_at, p.rowid`,
  ).all(courseId) as Array<{
    id: string;
    family_name: string;
    middle_name: string;
    given_name: string;
    entered: number | null;
    marks: string | null;
    result: string | null;
  }>;
}
