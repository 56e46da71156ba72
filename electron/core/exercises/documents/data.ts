import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import { localityNameOn } from '../../localities/repository';
import { type IsoDate } from '../../shared/dates';

/**
 * What the drills documents read, as SQL straight on the tables of migrations 0008 (exercises),
 * 0009 (training) and 0010 (readiness duty), columns chosen by name. People print in Vietnamese
 * name order by their sort keys (given, middle, family name), then id.
 */

const FULL_NAME = `TRIM(p.family_name || ' ' || CASE WHEN p.middle_name = '' THEN '' ELSE p.middle_name || ' ' END || p.given_name)`;
const NAME_ORDER = 'p.sort_given, p.sort_middle, p.sort_family, p.id';

export type ExerciseLevel = 'commune' | 'region' | 'province';
export type ExerciseStatus = 'planned' | 'preparing' | 'done' | 'cancelled';
export type ExerciseRating = 'outstanding' | 'excellent' | 'good' | 'pass' | 'fail';

export interface ExerciseRow {
  id: string;
  typeName: string;
  level: ExerciseLevel;
  title: string;
  localityName: string | null;
  plannedOn: IsoDate;
  plannedUntil: IsoDate | null;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  status: ExerciseStatus;
  leadBody: string;
  directingOfficer: string;
  militiaCount: number;
  reservistCount: number;
  policeCount: number;
  otherCount: number;
  scenario: string;
  rating: ExerciseRating | null;
  lessons: string;
}

/** The locality's name on the day the exercise was planned for. */
const EXERCISE_LOCALITY = localityNameOn('e.locality_id').replaceAll('@asOf', 'e.planned_on');

export function findExercise(db: Database, id: string): ExerciseRow | null {
  const row = statement(
    db,
    `SELECT e.id, t.name AS typeName, e.level, e.title,
       ${EXERCISE_LOCALITY} AS localityName,
       e.planned_on AS plannedOn, e.planned_until AS plannedUntil, e.started_on AS startedOn, e.ended_on AS endedOn,
       e.status, e.lead_body AS leadBody, e.directing_officer AS directingOfficer,
       e.militia_count AS militiaCount, e.reservist_count AS reservistCount, e.police_count AS policeCount,
       e.other_count AS otherCount, e.scenario, e.rating, e.lessons
     FROM exercises e JOIN exercise_types t ON t.id = e.type_id
     WHERE e.id = ?`,
  ).get(id) as ExerciseRow | undefined;
  return row ?? null;
}

export interface ExerciseUnitRow {
  name: string;
  kind: 'militia' | 'reserve';
}

/** The units taking part: militia units first, then reserve units, each by name. */
export function exerciseUnits(db: Database, exerciseId: string): ExerciseUnitRow[] {
  return statement(
    db,
    `SELECT COALESCE(m.name, r.name) AS name, CASE WHEN m.id IS NULL THEN 'reserve' ELSE 'militia' END AS kind
     FROM exercise_units x
       LEFT JOIN militia_units m ON m.id = x.militia_unit_id
       LEFT JOIN reserve_units r ON r.id = x.reserve_unit_id
     WHERE x.exercise_id = ?
     ORDER BY kind, vi_sort_key(COALESCE(m.name, r.name)), x.id`,
  ).all(exerciseId) as ExerciseUnitRow[];
}

export interface AttachmentRow {
  documentNumber: string;
  documentDate: IsoDate | null;
  summary: string;
}

export function exerciseAttachments(db: Database, exerciseId: string): AttachmentRow[] {
  return statement(
    db,
    `SELECT document_number AS documentNumber, document_date AS documentDate, summary
     FROM exercise_attachments WHERE exercise_id = ?
     ORDER BY COALESCE(document_date, ''), document_number, id`,
  ).all(exerciseId) as AttachmentRow[];
}

export type TrainingTarget =
  'militia_first_year' | 'militia_component' | 'reserve_unit' | 'staff' | 'defence_education';
export type TrainingResult = 'excellent' | 'good' | 'pass' | 'fail';

export interface CourseRow {
  id: string;
  title: string;
  target: TrainingTarget;
  component: string | null;
  unitName: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate;
  place: string;
  plannedDays: number;
  status: string;
}

export function findCourse(db: Database, id: string): CourseRow | null {
  const row = statement(
    db,
    `SELECT c.id, c.title, c.target, c.component, COALESCE(m.name, r.name) AS unitName,
       c.starts_on AS startsOn, c.ends_on AS endsOn, c.place, c.planned_days AS plannedDays, c.status
     FROM training_courses c
       LEFT JOIN militia_units m ON m.id = c.militia_unit_id
       LEFT JOIN reserve_units r ON r.id = c.reserve_unit_id
     WHERE c.id = ?`,
  ).get(id) as CourseRow | undefined;
  return row ?? null;
}

export interface ParticipantRow {
  fullName: string;
  /** The militia unit (or else the reserve unit) the person served in when the course began. */
  unitName: string | null;
  /** Present day rows when attendance was taken per day, else the recorded total; null when nothing is recorded. */
  attendedDays: number | null;
  result: TrainingResult | null;
}

/** The course's participants in Vietnamese name order, with their attended days (see the rate rule). */
export function courseParticipants(db: Database, courseId: string): ParticipantRow[] {
  return statement(
    db,
    `SELECT ${FULL_NAME} AS fullName,
       COALESCE(
         (SELECT u.name FROM militia_memberships mm JOIN militia_units u ON u.id = mm.unit_id
          WHERE mm.person_id = tp.person_id AND mm.started_on <= c.ends_on
            AND (mm.ended_on IS NULL OR mm.ended_on > c.starts_on)
          ORDER BY mm.started_on DESC, mm.id LIMIT 1),
         (SELECT ru.name FROM reservists rv
            JOIN reserve_assignments ra ON ra.reservist_id = rv.id
            JOIN reserve_slots rs ON rs.id = ra.slot_id
            JOIN reserve_units ru ON ru.id = rs.unit_id
          WHERE rv.person_id = tp.person_id AND ra.assigned_on <= c.ends_on
            AND (ra.ended_on IS NULL OR ra.ended_on > c.starts_on)
          ORDER BY ra.assigned_on DESC, ra.id LIMIT 1)
       ) AS unitName,
       CASE WHEN EXISTS (SELECT 1 FROM training_attendance a WHERE a.participant_id = tp.id)
         THEN (SELECT COUNT(*) FROM training_attendance a WHERE a.participant_id = tp.id AND a.present = 1)
         ELSE tp.attended_days END AS attendedDays,
       tp.result
     FROM training_participants tp
       JOIN training_courses c ON c.id = tp.course_id
       JOIN people p ON p.id = tp.person_id
     WHERE tp.course_id = ?
     ORDER BY ${NAME_ORDER}`,
  ).all(courseId) as ParticipantRow[];
}

export type DutyRole = 'commander' | 'duty_officer' | 'member';

export interface ShiftRow {
  personId: string;
  fullName: string;
  /** Local date-times 'YYYY-MM-DDTHH:MM'. */
  startsAt: string;
  endsAt: string;
  role: DutyRole;
}

/** The shifts starting in [from, to) (dates), by start time, then in Vietnamese name order. */
export function shiftsStarting(db: Database, from: IsoDate, to: IsoDate): ShiftRow[] {
  return statement(
    db,
    `SELECT s.person_id AS personId, ${FULL_NAME} AS fullName, s.starts_at AS startsAt, s.ends_at AS endsAt, s.role
     FROM duty_shifts s JOIN people p ON p.id = s.person_id
     WHERE s.starts_at >= ? AND s.starts_at < ?
     ORDER BY s.starts_at, ${NAME_ORDER}`,
  ).all(from, to) as ShiftRow[];
}
