import type { Database } from 'better-sqlite3-multiple-ciphers';
import { deleteAtVersion, newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import type { LocalDateTime } from './local-time';
import { joinFullName, type NameParts } from '../shared/vietnamese-text';
import type { DutyShift, ShiftFields } from './schema';

/* Read with the API's field names (column AS field): a row needs only the person's name joined. */
type Row = Omit<DutyShift, 'personName'> & NameParts;

const toShift = ({ familyName, middleName, givenName, ...shift }: Row): DutyShift => ({
  ...shift,
  personName: joinFullName({ familyName, middleName, givenName }),
});

const SELECT_SHIFT = `SELECT s.id, s.person_id AS personId, s.starts_at AS startsAt, s.ends_at AS endsAt, s.role,
    s.notes, s.version, p.family_name AS familyName, p.middle_name AS middleName, p.given_name AS givenName
  FROM duty_shifts s JOIN people p ON p.id = s.person_id`;

// Commander first, then duty officer, then members; within a role by start, then Vietnamese name order.
const ROLE_ORDER = `CASE s.role WHEN 'commander' THEN 0 WHEN 'duty_officer' THEN 1 ELSE 2 END`;

/** Shifts overlapping [start, end) (local date-times), in start order. */
export function listShifts(db: Database, start: LocalDateTime, end: LocalDateTime): DutyShift[] {
  const rows = statement(
    db,
    `${SELECT_SHIFT} WHERE s.starts_at < @end AND s.ends_at > @start
     ORDER BY s.starts_at, ${ROLE_ORDER}, p.sort_given, p.sort_middle, p.sort_family, s.id`,
  ).all({ start, end }) as Row[];
  return rows.map(toShift);
}

export function findShift(db: Database, id: string): DutyShift | null {
  const row = statement(db, `${SELECT_SHIFT} WHERE s.id = ?`).get(id) as Row | undefined;
  return row ? toShift(row) : null;
}

/** The person's other shifts overlapping [start, end): what the overlap rule looks at. */
export function personShiftsOverlapping(
  db: Database,
  personId: string,
  start: LocalDateTime,
  end: LocalDateTime,
  excludeId: string | null,
): { startsAt: string; endsAt: string }[] {
  return statement(
    db,
    `SELECT starts_at AS startsAt, ends_at AS endsAt FROM duty_shifts
     WHERE person_id = @personId AND starts_at < @end AND ends_at > @start AND id IS NOT @excludeId
     ORDER BY starts_at`,
  ).all({ personId, start, end, excludeId }) as { startsAt: string; endsAt: string }[];
}

export function insertShift(db: Database, f: ShiftFields, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO duty_shifts (id, person_id, starts_at, ends_at, role, notes, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(id, f.personId, f.startsAt, f.endsAt, f.role, f.notes, at, at);
  return id;
}

/** False when the row is not at `version` any more (changed by someone else). */
export function updateShift(db: Database, id: string, version: number, f: ShiftFields, at: string): boolean {
  return updateAtVersion(
    db,
    'duty_shifts',
    'person_id = @personId, starts_at = @startsAt, ends_at = @endsAt, role = @role, notes = @notes',
    { id, version, at },
    f,
  );
}

export function deleteShift(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'duty_shifts', id, version);
}
