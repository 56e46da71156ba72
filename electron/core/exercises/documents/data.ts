import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import { localityNameOn } from '../../localities';
import { type IsoDate } from '../../shared/dates';
import type { Exercise } from '../public-types';

/**
 * What the exercise plan and result report read, as SQL straight on the tables of migration 0008
 * (exercises), columns chosen by name.
 */

/** An exercise as its documents read it: the exercise the screens show, without its type's id, units and files. */
export type ExerciseRow = Pick<
  Exercise,
  | 'id'
  | 'typeName'
  | 'level'
  | 'title'
  | 'localityName'
  | 'plannedOn'
  | 'plannedUntil'
  | 'startedOn'
  | 'endedOn'
  | 'status'
  | 'leadBody'
  | 'directingOfficer'
  | 'militiaCount'
  | 'reservistCount'
  | 'policeCount'
  | 'otherCount'
  | 'scenario'
  | 'rating'
  | 'lessons'
>;

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
