import type { ApiContext } from '../kernel/context';
import { fullNameOfRow } from '../shared/vietnamese-text';
import { statement } from '../db/statements';
import type { DutyCandidate } from './schema';

/**
 * The people usually put on duty: the office's active staff (in the office's own
 * order), then active militia members (Vietnamese name order). A person in both
 * lists appears once, as staff. Some hundreds at most, so read whole.
 */
export function listDutyCandidates(ctx: ApiContext): DutyCandidate[] {
  const rows = statement(
    ctx.db,
    `SELECT p.id AS personId, p.family_name, p.middle_name, p.given_name, 'staff' AS "group", s.position AS detail,
            0 AS g, s.sort_order AS o, p.sort_given, p.sort_middle, p.sort_family
       FROM staff_members s JOIN people p ON p.id = s.person_id WHERE s.ended_on IS NULL
     UNION ALL
     SELECT p.id, p.family_name, p.middle_name, p.given_name, 'militia', u.name, 1, 0, p.sort_given, p.sort_middle,
            p.sort_family
       FROM militia_memberships m JOIN people p ON p.id = m.person_id JOIN militia_units u ON u.id = m.unit_id
      WHERE m.ended_on IS NULL
        AND NOT EXISTS (SELECT 1 FROM staff_members s WHERE s.person_id = m.person_id AND s.ended_on IS NULL)
     ORDER BY g, o, sort_given, sort_middle, sort_family, personId`,
  ).all() as {
    personId: string;
    family_name: string;
    middle_name: string;
    given_name: string;
    group: DutyCandidate['group'];
    detail: string;
  }[];
  return rows.map((r) => ({
    personId: r.personId,
    fullName: fullNameOfRow(r),
    group: r.group,
    detail: r.detail,
  }));
}
