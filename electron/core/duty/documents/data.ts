import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import { type IsoDate } from '../../shared/dates';

/**
 * What the month's duty roster reads, as SQL straight on the table of migration 0010 (readiness
 * duty), columns chosen by name. People print in Vietnamese name order by their sort keys (given,
 * middle, family name), then id.
 */

const FULL_NAME = `TRIM(p.family_name || ' ' || CASE WHEN p.middle_name = '' THEN '' ELSE p.middle_name || ' ' END || p.given_name)`;
const NAME_ORDER = 'p.sort_given, p.sort_middle, p.sort_family, p.id';

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
