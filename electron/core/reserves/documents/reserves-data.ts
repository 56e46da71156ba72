import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import { localityNameOn } from '../../localities';
import { type ListedMember } from '../../docs/person-order';
import { type IsoDate } from '../../shared/dates';
import { type ReserveCategory, type ReserveRank } from './text';

/**
 * What the reservist documents read, as SQL straight on the forces tables (migration 0007).
 * A reservist counts while registered and not removed on the document's date; an assignment while
 * it started on or before that date and has not ended.
 */

export interface ReservistRow extends ListedMember {
  id: string;
  category: ReserveCategory;
  grade: 1 | 2;
  rank: ReserveRank | null;
  specialtyId: string | null;
  specialtyCode: string | null;
  specialtyName: string | null;
  formerUnit: string;
  registeredOn: IsoDate;
  notes: string;
  /** The reserve unit of the active assignment, if any. */
  unitName: string | null;
}

const ACTIVE_ASSIGNMENT = `a.assigned_on <= @asOf AND (a.ended_on IS NULL OR a.ended_on > @asOf)`;
const ACTIVE_RESERVIST = `r.registered_on <= @asOf AND (r.removed_on IS NULL OR r.removed_on > @asOf)`;

const RESERVIST_SELECT = `SELECT r.id, p.family_name AS familyName, p.middle_name AS middleName,
    p.given_name AS givenName, r.birth_date AS birthDate, r.sex,
    ${localityNameOn('p.locality_id')} AS localityName,
    ${localityNameOn('(SELECT parent_id FROM localities WHERE id = p.locality_id)')} AS localityParentName,
    r.category, r.grade, r.rank, r.specialty_id AS specialtyId, s.code AS specialtyCode, s.name AS specialtyName,
    r.former_unit AS formerUnit, r.registered_on AS registeredOn, r.notes`;

const withFullName = <T extends { familyName: string; middleName: string; givenName: string }>(row: T) => ({
  ...row,
  fullName: [row.familyName, row.middleName, row.givenName].filter(Boolean).join(' '),
});

/**
 * Reservists on `asOf` by grade, then specialty code (none last), then Vietnamese name order;
 * optionally only those living in a ward/commune or its villages.
 */
export function reservistsByGrade(db: Database, asOf: IsoDate, localityIds: readonly string[] | null): ReservistRow[] {
  const rows = statement(
    db,
    `${RESERVIST_SELECT},
       (SELECT u.name FROM reserve_assignments a JOIN reserve_slots sl ON sl.id = a.slot_id
          JOIN reserve_units u ON u.id = sl.unit_id
        WHERE a.reservist_id = r.id AND ${ACTIVE_ASSIGNMENT} LIMIT 1) AS unitName
     FROM reservists r JOIN people p ON p.id = r.person_id
       LEFT JOIN military_specialties s ON s.id = r.specialty_id
     WHERE ${ACTIVE_RESERVIST}
       AND (@localities IS NULL OR p.locality_id IN (SELECT value FROM json_each(@localities)))
     ORDER BY r.grade, s.code IS NULL, s.code, r.sort_given, r.sort_middle, r.sort_family, r.id`,
  ).all({ asOf, localities: localityIds === null ? null : JSON.stringify(localityIds) }) as Omit<
    ReservistRow,
    'fullName'
  >[];
  return rows.map(withFullName);
}

export interface ReserveUnitRow {
  id: string;
  parentId: string | null;
  name: string;
  kind: 'combat' | 'support';
  receivingUnit: string;
}

export interface ReserveSlotRow {
  id: string;
  unitId: string;
  title: string;
  required: number;
  specialtyId: string;
  specialtyCode: string;
  specialtyName: string;
}

export interface AssignedReservistRow extends ReservistRow {
  slotId: string;
  assignedOn: IsoDate;
}

const collator = new Intl.Collator('vi', { numeric: true });

/** The unit and the units under it, parents first, siblings by name. */
export function reserveUnitTree(db: Database, unitId: string): ReserveUnitRow[] {
  const rows = statement(
    db,
    `SELECT id, parent_id AS parentId, name, kind, receiving_unit AS receivingUnit FROM reserve_units`,
  ).all() as ReserveUnitRow[];
  const root = rows.find((r) => r.id === unitId);
  if (!root) return [];
  const ordered: ReserveUnitRow[] = [];
  const visit = (unit: ReserveUnitRow) => {
    ordered.push(unit);
    rows
      .filter((r) => r.parentId === unit.id)
      .sort((a, b) => collator.compare(a.name, b.name))
      .forEach(visit);
  };
  visit(root);
  return ordered;
}

/** The units' slots in the order they were set up (the establishment's order). */
export function reserveSlots(db: Database, unitIds: readonly string[]): ReserveSlotRow[] {
  return statement(
    db,
    `SELECT sl.id, sl.unit_id AS unitId, sl.title, sl.required, sl.specialty_id AS specialtyId,
       s.code AS specialtyCode, s.name AS specialtyName
     FROM reserve_slots sl JOIN military_specialties s ON s.id = sl.specialty_id
     WHERE sl.unit_id IN (SELECT value FROM json_each(@units))
     ORDER BY sl.created_at, sl.rowid`,
  ).all({ units: JSON.stringify(unitIds) }) as ReserveSlotRow[];
}

/**
 * Who holds each slot on `asOf`, in Vietnamese name order. A reservist removed from the register
 * no longer counts, as in the reserves summary's fill rate.
 */
export function assignedReservists(db: Database, slotIds: readonly string[], asOf: IsoDate): AssignedReservistRow[] {
  const rows = statement(
    db,
    `${RESERVIST_SELECT}, NULL AS unitName, a.slot_id AS slotId, a.assigned_on AS assignedOn
     FROM reserve_assignments a JOIN reservists r ON r.id = a.reservist_id
       JOIN people p ON p.id = r.person_id
       LEFT JOIN military_specialties s ON s.id = r.specialty_id
     WHERE a.slot_id IN (SELECT value FROM json_each(@slots)) AND ${ACTIVE_ASSIGNMENT} AND ${ACTIVE_RESERVIST}
     ORDER BY r.sort_given, r.sort_middle, r.sort_family, r.id`,
  ).all({ slots: JSON.stringify(slotIds), asOf }) as Omit<AssignedReservistRow, 'fullName'>[];
  return rows.map(withFullName);
}
