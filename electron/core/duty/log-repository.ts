import type { Database } from 'better-sqlite3-multiple-ciphers';
import { deleteAtVersion, newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { localityNameOn } from '../localities';
import type { IsoDate } from '../shared/dates';
import type { LocalDateTime } from './local-time';
import type { DutyIncident, IncidentFields, Patrol, PatrolFields } from './schema';

// Incidents logged during duty, and patrols: plain rows, no people joined.

const SELECT_INCIDENT = `SELECT id, occurred_at AS occurredAt, description, action_taken AS actionTaken,
    reported_by AS reportedBy, version FROM duty_incidents`;

export function listIncidents(db: Database, start: LocalDateTime, end: LocalDateTime): DutyIncident[] {
  return statement(db, `${SELECT_INCIDENT} WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id`).all(
    start,
    end,
  ) as DutyIncident[];
}

export function findIncident(db: Database, id: string): DutyIncident | null {
  return (statement(db, `${SELECT_INCIDENT} WHERE id = ?`).get(id) as DutyIncident | undefined) ?? null;
}

export function insertIncident(db: Database, f: IncidentFields, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO duty_incidents (id, occurred_at, description, action_taken, reported_by, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(id, f.occurredAt, f.description, f.actionTaken, f.reportedBy, at, at);
  return id;
}

export function updateIncident(db: Database, id: string, version: number, f: IncidentFields, at: string): boolean {
  return updateAtVersion(
    db,
    'duty_incidents',
    'occurred_at = @occurredAt, description = @description, action_taken = @actionTaken, reported_by = @reportedBy',
    { id, version, at },
    f,
  );
}

export function deleteIncident(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'duty_incidents', id, version);
}

// The locality's name on the patrol's own date, so renamed wards keep their old name on old patrols.
const PATROL_LOCALITY = localityNameOn('t.locality_id').replaceAll('@asOf', 't.on_date');
const SELECT_PATROL = `SELECT t.id, t.on_date AS onDate, t.starts_at AS startsAt, t.ends_at AS endsAt, t.area,
    t.locality_id AS localityId, COALESCE(${PATROL_LOCALITY}, '') AS localityName, t.leader,
    t.militia_count AS militiaCount, t.police_count AS policeCount, t.other_count AS otherCount,
    t.forces_note AS forcesNote, t.result, t.version FROM patrols t`;

export function listPatrols(db: Database, from: IsoDate, to: IsoDate): Patrol[] {
  return statement(
    db,
    `${SELECT_PATROL} WHERE t.on_date >= ? AND t.on_date <= ? ORDER BY t.on_date, t.starts_at, t.id`,
  ).all(from, to) as Patrol[];
}

export function findPatrol(db: Database, id: string): Patrol | null {
  return (statement(db, `${SELECT_PATROL} WHERE t.id = ?`).get(id) as Patrol | undefined) ?? null;
}

function patrolValues(f: PatrolFields) {
  return [
    f.onDate,
    f.startsAt,
    f.endsAt,
    f.area,
    f.localityId,
    f.leader,
    f.militiaCount,
    f.policeCount,
    f.otherCount,
    f.forcesNote,
    f.result,
  ];
}

export function insertPatrol(db: Database, f: PatrolFields, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO patrols (on_date, starts_at, ends_at, area, locality_id, leader, militia_count, police_count,
       other_count, forces_note, result, id, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(...patrolValues(f), id, at, at);
  return id;
}

export function updatePatrol(db: Database, id: string, version: number, f: PatrolFields, at: string): boolean {
  return (
    statement(
      db,
      `UPDATE patrols SET on_date = ?, starts_at = ?, ends_at = ?, area = ?, locality_id = ?, leader = ?,
         militia_count = ?, police_count = ?, other_count = ?, forces_note = ?, result = ?, updated_at = ?,
         version = version + 1 WHERE id = ? AND version = ?`,
    ).run(...patrolValues(f), at, id, version).changes === 1
  );
}

export function deletePatrol(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'patrols', id, version);
}

/** Counts over [from, to] for the figures; shifts and incidents by the day they start / occur. */
export function countFigures(db: Database, start: LocalDateTime, end: LocalDateTime, from: IsoDate, to: IsoDate) {
  return statement(
    db,
    `SELECT
       (SELECT COUNT(DISTINCT substr(starts_at, 1, 10)) FROM duty_shifts WHERE starts_at >= @start AND starts_at < @end) AS dutyDays,
       (SELECT COUNT(*) FROM duty_shifts WHERE starts_at >= @start AND starts_at < @end) AS shifts,
       (SELECT COUNT(*) FROM duty_incidents WHERE occurred_at >= @start AND occurred_at < @end) AS incidents,
       (SELECT COUNT(*) FROM patrols WHERE on_date >= @from AND on_date <= @to) AS patrols,
       (SELECT COALESCE(SUM(militia_count + police_count + other_count), 0) FROM patrols
          WHERE on_date >= @from AND on_date <= @to) AS patrolPersonnel`,
  ).get({ start, end, from, to }) as {
    dutyDays: number;
    shifts: number;
    incidents: number;
    patrols: number;
    patrolPersonnel: number;
  };
}

/**
 * The runs of days in [from, to] on which no shift starts (gaps and islands: consecutive missing
 * days share julianday − row number). The days are generated in SQL, so a year is 366 rows at most.
 */
export function uncoveredRuns(db: Database, start: LocalDateTime, end: LocalDateTime, from: IsoDate, to: IsoDate) {
  return statement(
    db,
    `WITH RECURSIVE days(d) AS (
        SELECT @from UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < @to
      ),
      covered(d) AS (
        SELECT DISTINCT substr(starts_at, 1, 10) FROM duty_shifts WHERE starts_at >= @start AND starts_at < @end
      ),
      missing(d, run) AS (
        SELECT days.d, julianday(days.d) - ROW_NUMBER() OVER (ORDER BY days.d)
          FROM days LEFT JOIN covered ON covered.d = days.d WHERE covered.d IS NULL
      )
      SELECT MIN(d) AS "from", MAX(d) AS "to" FROM missing GROUP BY run ORDER BY 1`,
  ).all({ start, end, from, to }) as Array<{ from: IsoDate; to: IsoDate }>;
}
