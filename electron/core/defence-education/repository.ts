import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { deleteAtVersion, newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { cancelledOnSql } from '../course-steps';
import { containsPattern, whereClause } from '../db/where';
import { foldVietnamese, fullNameOfRow } from '../shared/vietnamese-text';
import type { DqeduCourse, DqeduCourseRow, DqeduParticipant } from './public-types';
import type { CourseCreateInput, CourseListInput, DqeduCategory, DqeduResult, DqeduStatus } from './schema';

/** "Passed" in SQL: completed the programme (Art. 18(4) Law 30/2013/QH13). */
const PASSED = `('excellent', 'good', 'pass')`;

const SELECT_COURSE = `SELECT c.id, c.title, c.category, c.organiser, c.place, c.starts_on AS startsOn,
    c.ends_on AS endsOn, c.planned_on AS plannedOn, c.planned_participants AS plannedParticipants, c.status,
    c.notes, c.created_at AS createdAt, c.version,
    (SELECT COUNT(*) FROM defence_education_participants p WHERE p.course_id = c.id) AS participants,
    (SELECT COUNT(*) FROM defence_education_participants p WHERE p.course_id = c.id AND p.result IN ${PASSED}) AS passed,
    (SELECT COUNT(*) FROM defence_education_participants p WHERE p.course_id = c.id AND p.certificate_no <> '')
      AS certificates
  FROM defence_education_courses c`;

export function findCourse(db: Database, id: string): DqeduCourse | null {
  return (statement(db, `${SELECT_COURSE} WHERE c.id = ?`).get(id) as DqeduCourse | undefined) ?? null;
}

/** One page of courses, the latest first; the per-row counts run for the page's rows only. */
export function listCourses(db: Database, q: CourseListInput): { rows: DqeduCourseRow[]; total: number } & FocusAnswer {
  const where = whereClause([
    q.year !== undefined && [
      'c.starts_on BETWEEN @yearFrom AND @yearTo',
      { yearFrom: `${q.year}-01-01`, yearTo: `${q.year}-12-31` },
    ],
    q.category && ['c.category = @category', { category: q.category }],
    q.status && ['c.status = @status', { status: q.status }],
    q.search && [
      `(vi_fold(c.title) LIKE @search ESCAPE '\\' OR vi_fold(c.organiser) LIKE @search ESCAPE '\\' OR vi_fold(c.place) LIKE @search ESCAPE '\\')`,
      { search: containsPattern(foldVietnamese(q.search)) },
    ],
  ]);
  const { rows, ...page } = focusedCountAndPage<DqeduCourse>(
    db,
    {
      countFrom: 'defence_education_courses c',
      select: SELECT_COURSE,
      where,
      orderBy: 'c.starts_on DESC, c.title, c.id',
    },
    q,
  );
  return { rows: rows.map(({ notes: _n, createdAt: _c, ...row }) => row), ...page };
}

type CourseValues = CourseCreateInput;

const courseParams = (v: CourseValues) => ({
  title: v.title,
  category: v.category,
  organiser: v.organiser,
  place: v.place,
  startsOn: v.startsOn,
  endsOn: v.endsOn,
  plannedOn: v.plannedOn,
  plannedParticipants: v.plannedParticipants,
  notes: v.notes,
});

export function insertCourse(db: Database, v: CourseValues, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO defence_education_courses (id, title, category, organiser, place, starts_on, ends_on, planned_on,
       planned_participants, status, notes, created_at, updated_at, version)
     VALUES (@id, @title, @category, @organiser, @place, @startsOn, @endsOn, @plannedOn, @plannedParticipants,
       'planned', @notes, @at, @at, 1)`,
  ).run({ id, at, ...courseParams(v) });
  return id;
}

export function updateCourse(db: Database, id: string, version: number, v: CourseValues, at: string): boolean {
  return updateAtVersion(
    db,
    'defence_education_courses',
    `title = @title, category = @category, organiser = @organiser, place = @place, starts_on = @startsOn,
     ends_on = @endsOn, planned_on = @plannedOn, planned_participants = @plannedParticipants, notes = @notes`,
    { id, version, at },
    courseParams(v),
  );
}

export function setCourseStatus(db: Database, id: string, version: number, status: DqeduStatus, at: string): boolean {
  return updateAtVersion(db, 'defence_education_courses', 'status = @status', { id, version, at }, { status });
}

type ParticipantRow = Omit<DqeduParticipant, 'fullName'> & {
  family_name: string;
  middle_name: string;
  given_name: string;
};

const SELECT_PARTICIPANT = `SELECT d.id, d.course_id AS courseId, d.person_id AS personId, p.family_name, p.middle_name,
    p.given_name, p.birth_date AS birthDate,
    (SELECT s.position FROM staff_members s WHERE s.person_id = d.person_id AND s.ended_on IS NULL) AS staffPosition,
    d.category, d.role_title AS roleTitle, d.result, d.certificate_no AS certificateNo,
    d.certificate_on AS certificateOn, d.version
  FROM defence_education_participants d JOIN people p ON p.id = d.person_id`;

function toParticipant({ family_name, middle_name, given_name, ...row }: ParticipantRow): DqeduParticipant {
  return { ...row, fullName: fullNameOfRow({ family_name, middle_name, given_name }) };
}

/** A course's participants in Vietnamese name order. */
export function listParticipants(db: Database, courseId: string): DqeduParticipant[] {
  const rows = statement(
    db,
    `${SELECT_PARTICIPANT} WHERE d.course_id = ? ORDER BY p.sort_given, p.sort_middle, p.sort_family, p.id`,
  ).all(courseId) as ParticipantRow[];
  return rows.map(toParticipant);
}

export function findParticipant(db: Database, id: string): DqeduParticipant | null {
  const row = statement(db, `${SELECT_PARTICIPANT} WHERE d.id = ?`).get(id) as ParticipantRow | undefined;
  return row ? toParticipant(row) : null;
}

/** The full names of the given people that exist in the register. */
export function peopleNames(db: Database, ids: readonly string[]): Map<string, string> {
  const rows = statement(
    db,
    `SELECT id, family_name, middle_name, given_name FROM people WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as Array<{ id: string; family_name: string; middle_name: string; given_name: string }>;
  return new Map(rows.map((r) => [r.id, fullNameOfRow(r)]));
}

export function participantPersonIds(db: Database, courseId: string): Set<string> {
  const rows = statement(db, `SELECT person_id FROM defence_education_participants WHERE course_id = ?`).all(
    courseId,
  ) as Array<{ person_id: string }>;
  return new Set(rows.map((r) => r.person_id));
}

export function insertParticipant(
  db: Database,
  row: { courseId: string; personId: string; category: DqeduCategory; roleTitle: string },
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO defence_education_participants (id, course_id, person_id, category, role_title, created_at,
       updated_at, version)
     VALUES (@id, @courseId, @personId, @category, @roleTitle, @at, @at, 1)`,
  ).run({ id, at, ...row });
  return id;
}

export function deleteParticipant(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'defence_education_participants', id, version);
}

export function setResult(
  db: Database,
  id: string,
  version: number,
  v: { result: DqeduResult | null; certificateNo: string; certificateOn: string | null },
  at: string,
): boolean {
  return updateAtVersion(
    db,
    'defence_education_participants',
    'result = @result, certificate_no = @certificateNo, certificate_on = @certificateOn',
    { id, version, at },
    v,
  );
}

/** The year's headcounts entered, each with its version. */
export function headcountsOf(db: Database, year: number): Map<DqeduCategory, { headcount: number; version: number }> {
  const rows = statement(
    db,
    `SELECT category, headcount, version FROM defence_education_headcounts WHERE year = ?`,
  ).all(year) as Array<{ category: DqeduCategory; headcount: number; version: number }>;
  return new Map(rows.map(({ category, ...r }) => [category, r]));
}

export function findHeadcount(db: Database, year: number, category: DqeduCategory) {
  return (
    (statement(
      db,
      `SELECT id, headcount, version FROM defence_education_headcounts WHERE year = ? AND category = ?`,
    ).get(year, category) as { id: string; headcount: number; version: number } | undefined) ?? null
  );
}

export function insertHeadcount(db: Database, year: number, category: DqeduCategory, headcount: number, at: string) {
  const id = newId();
  statement(
    db,
    `INSERT INTO defence_education_headcounts (id, year, category, headcount, created_at, updated_at, version)
     VALUES (@id, @year, @category, @headcount, @at, @at, 1)`,
  ).run({ id, year, category, headcount, at });
  return id;
}

export function updateHeadcount(db: Database, id: string, version: number, headcount: number, at: string): boolean {
  return updateAtVersion(
    db,
    'defence_education_headcounts',
    'headcount = @headcount',
    { id, version, at },
    { headcount },
  );
}

export function deleteHeadcount(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'defence_education_headcounts', id, version);
}

/** Totals of the done courses whose last day falls in [from, to]. */
export function doneTotals(db: Database, from: string, to: string) {
  return statement(
    db,
    `SELECT COUNT(DISTINCT c.id) AS courses, COUNT(p.id) AS participants,
       COALESCE(SUM(CASE WHEN p.result IN ${PASSED} THEN 1 ELSE 0 END), 0) AS passed,
       COALESCE(SUM(CASE WHEN p.certificate_no <> '' THEN 1 ELSE 0 END), 0) AS certificates
     FROM defence_education_courses c LEFT JOIN defence_education_participants p ON p.course_id = c.id
     WHERE c.status = 'done' AND c.ends_on BETWEEN @from AND @to`,
  ).get({ from, to }) as { courses: number; participants: number; passed: number; certificates: number };
}

/**
 * Distinct people who completed a done course of each category ending in [from, to]: a person
 * trained twice in the range counts once, as the share of a category's people is asked.
 */
export function trainedByCategory(db: Database, from: string, to: string): Map<DqeduCategory, number> {
  const rows = statement(
    db,
    `SELECT c.category, COUNT(DISTINCT p.person_id) AS n
     FROM defence_education_courses c JOIN defence_education_participants p ON p.course_id = c.id
     WHERE c.status = 'done' AND c.ends_on BETWEEN @from AND @to AND p.result IN ${PASSED}
     GROUP BY c.category`,
  ).all({ from, to }) as Array<{ category: DqeduCategory; n: number }>;
  return new Map(rows.map((r) => [r.category, r.n]));
}

/** The audit trail's entity of a course (service.ts writes it; plannedCourses reads it). */
export const COURSE_ENTITY = 'defence_education_course';

/**
 * Courses starting in [from, to] that were planned by `asOf`: the plan's date when recorded, else
 * the day the course was entered. A course cancelled by `asOf` is left out, one cancelled later was
 * still planned then: the day its cancellation in force was recorded in its status history, for a
 * course cancelled before the history existed the day the audit trail first shows it cancelled (a
 * later edit of the cancelled course does not move it), or for a row written without either the day
 * it was last changed.
 * Days are the office's ('localtime': the timestamps are UTC, the day is the office's, as
 * localIsoDate takes it), as reviews/plans.ts reads the exercises and training courses.
 */
export function plannedCourses(db: Database, from: string, to: string, asOf: string) {
  return statement(
    db,
    `SELECT c.title, c.category, c.place, c.starts_on AS startsOn, c.ends_on AS endsOn
     FROM defence_education_courses c
     WHERE c.starts_on BETWEEN @from AND @to
       AND COALESCE(c.planned_on, date(c.created_at, 'localtime')) <= @asOf
       AND NOT (c.status = 'cancelled' AND COALESCE(
         ${cancelledOnSql('c', 'defence_education')},
         (SELECT MIN(date(l.at, 'localtime')) FROM audit_log l
           WHERE l.entity = @entity AND l.entity_id = c.id AND json_extract(l.after_json, '$.status') = 'cancelled'),
         date(c.updated_at, 'localtime')) <= @asOf)
     ORDER BY c.starts_on, c.title, c.id`,
  ).all({ from, to, asOf, entity: COURSE_ENTITY }) as Array<{
    title: string;
    category: DqeduCategory;
    place: string;
    startsOn: string;
    endsOn: string;
  }>;
}

/** Whether the office keeps any defence education record (a course or a headcount). */
export function hasAnyRecord(db: Database): boolean {
  return (
    (
      statement(
        db,
        `SELECT EXISTS (SELECT 1 FROM defence_education_courses) OR EXISTS (SELECT 1 FROM defence_education_headcounts) AS yes`,
      ).get() as { yes: number }
    ).yes === 1
  );
}
