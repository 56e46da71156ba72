import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import { type IsoDate } from '../../shared/dates';

/**
 * What the training result report reads, as SQL straight on the tables of migration 0009
 * (training), columns chosen by name. People print in Vietnamese name order by their sort keys
 * (given, middle, family name), then id.
 */

const FULL_NAME = `TRIM(p.family_name || ' ' || CASE WHEN p.middle_name = '' THEN '' ELSE p.middle_name || ' ' END || p.given_name)`;
const NAME_ORDER = 'p.sort_given, p.sort_middle, p.sort_family, p.id';

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
