import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { joinFullName, type NameParts } from '../shared/vietnamese-text';
import type { StaffFields, StaffMember } from './schema';

/*
 * Read with the API's field names (column AS field), so a row needs only the person's full name
 * joined from its parts.
 */
type Row = Omit<StaffMember, 'fullName'> & NameParts;

const toStaff = ({ familyName, middleName, givenName, ...staff }: Row): StaffMember => ({
  ...staff,
  fullName: joinFullName({ familyName, middleName, givenName }),
});

const SELECT_STAFF = `SELECT s.id, s.person_id AS personId, s.position, s.rank, s.phone, s.signer_role AS signerRole,
    s.signer_title AS signerTitle, s.sort_order AS sortOrder, s.started_on AS startedOn, s.ended_on AS endedOn,
    s.created_at AS createdAt, s.updated_at AS updatedAt, s.version,
    p.family_name AS familyName, p.middle_name AS middleName, p.given_name AS givenName,
    p.birth_date AS birthDate, p.sex
  FROM staff_members s JOIN people p ON p.id = s.person_id`;

// The office's own order first (commander, political officer, deputies…), then Vietnamese name order.
const LIST_ORDER = 's.sort_order, p.sort_given, p.sort_middle, p.sort_family, s.id';

/** An office has a few dozen staff at most, so the list is read whole. */
export function listStaff(db: Database, includeEnded: boolean): StaffMember[] {
  const where = includeEnded ? '' : 'WHERE s.ended_on IS NULL';
  const rows = statement(db, `${SELECT_STAFF} ${where} ORDER BY s.ended_on IS NOT NULL, ${LIST_ORDER}`).all() as Row[];
  return rows.map(toStaff);
}

/** The active staff who sign documents, in list order. */
export function listActiveSigners(db: Database): StaffMember[] {
  const rows = statement(
    db,
    `${SELECT_STAFF} WHERE s.ended_on IS NULL AND s.signer_role IS NOT NULL ORDER BY ${LIST_ORDER}`,
  ).all() as Row[];
  return rows.map(toStaff);
}

export function findStaff(db: Database, id: string): StaffMember | null {
  const row = statement(db, `${SELECT_STAFF} WHERE s.id = ?`).get(id) as Row | undefined;
  return row ? toStaff(row) : null;
}

export function findActiveStaffOf(db: Database, personId: string, excludeId?: string): StaffMember | null {
  const row = statement(db, `${SELECT_STAFF} WHERE s.person_id = ? AND s.ended_on IS NULL AND s.id IS NOT ?`).get(
    personId,
    excludeId ?? null,
  ) as Row | undefined;
  return row ? toStaff(row) : null;
}

function columns(f: StaffFields) {
  return {
    position: f.position,
    rank: f.rank,
    phone: f.phone,
    signer_role: f.signerRole,
    signer_title: f.signerRole === null ? '' : f.signerTitle,
    sort_order: f.sortOrder,
    started_on: f.startedOn,
  };
}

export function insertStaff(db: Database, personId: string, f: StaffFields, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO staff_members (id, person_id, position, rank, phone, signer_role, signer_title, sort_order,
       started_on, ended_on, created_at, updated_at, version)
     VALUES (@id, @person_id, @position, @rank, @phone, @signer_role, @signer_title, @sort_order,
       @started_on, NULL, @at, @at, 1)`,
  ).run({ id, person_id: personId, at, ...columns(f) });
  return id;
}

/** Returns false when the row is not at `version` any more (a concurrent edit). */
export function updateStaff(db: Database, id: string, version: number, f: StaffFields, at: string): boolean {
  return updateAtVersion(
    db,
    'staff_members',
    `position = @position, rank = @rank, phone = @phone, signer_role = @signer_role, signer_title = @signer_title,
       sort_order = @sort_order, started_on = @started_on`,
    { id, version, at },
    columns(f),
  );
}

export function setEndedOn(db: Database, id: string, version: number, endedOn: string | null, at: string): boolean {
  return updateAtVersion(db, 'staff_members', 'ended_on = @endedOn', { id, version, at }, { endedOn });
}
