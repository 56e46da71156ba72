import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../db/statements';
import type { MilitiaPosition } from './constants';

/** A person's militia membership that ran on a given day: its unit and the position held. */
export interface MembershipOnDay {
  id: string;
  unitId: string;
  unitName: string;
  position: MilitiaPosition;
}

/**
 * The membership the person held on `on` (started on or before, not ended before), whether or not
 * it has ended since: a breach or an event of that day is judged by who the person was then.
 */
export function membershipOn(db: Database, personId: string, on: string): MembershipOnDay | null {
  return (
    (statement(
      db,
      `SELECT m.id, m.unit_id AS unitId, u.name AS unitName, m.position
       FROM militia_memberships m JOIN militia_units u ON u.id = m.unit_id
       WHERE m.person_id = @personId AND m.started_on <= @on AND (m.ended_on IS NULL OR m.ended_on >= @on)
       ORDER BY m.started_on DESC LIMIT 1`,
    ).get({ personId, on }) as MembershipOnDay | undefined) ?? null
  );
}
