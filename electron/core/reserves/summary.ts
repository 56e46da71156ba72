import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import type { IsoDate } from '../shared/dates';
import { PAST_LIMIT_SQL, pastLimitParams } from './repository';
import { percent, type ReserveUnitKind, unitFill } from './rules';
import type { ReservesSummary } from './schema';

// On the day: a reservist registered and not yet removed; an assignment begun and not yet ended.
const ACTIVE_RESERVIST = '(r.registered_on <= @asOf AND (r.removed_on IS NULL OR r.removed_on > @asOf))';
const ACTIVE_ASSIGNMENT = '(a.assigned_on <= @asOf AND (a.ended_on IS NULL OR a.ended_on > @asOf))';

/**
 * The reserve's figures on a day, as the half-year report quotes them: strength
 * by category (officers, professional soldiers, NCOs and soldiers) and grade, the assignment rate (share of reservists placed in a
 * reserve unit), the specialty-match rate (share of the placed whose CNQS is the
 * slot's, Art. 16), those past the age limit, and each unit's fill and surplus
 * against its establishment (Art. 15). Rates are percentages with 2 decimals.
 */
export function reservesSummary(ctx: ApiContext, input: { asOf: IsoDate }): ReservesSummary {
  // Three grouped passes (reservists; assignments on the day; slots) instead of per-row lookups.
  const t = statement(
    ctx.db,
    `SELECT COUNT(*) AS reservists,
       COALESCE(SUM(r.category = 'officer'), 0) AS officers,
       COALESCE(SUM(r.category = 'professional'), 0) AS professionals,
       COALESCE(SUM(r.category = 'soldier'), 0) AS soldiers,
       COALESCE(SUM(r.grade = 1), 0) AS grade1,
       COALESCE(SUM(r.grade = 2), 0) AS grade2,
       COALESCE(SUM(${PAST_LIMIT_SQL}), 0) AS past
     FROM reservists r WHERE ${ACTIVE_RESERVIST}`,
  ).get({ asOf: input.asOf, ...pastLimitParams(input.asOf) }) as Record<string, number>;
  const byUnit = new Map(
    (
      statement(
        ctx.db,
        `SELECT s.unit_id, COUNT(*) AS assigned, SUM(r.specialty_id IS s.specialty_id) AS matched
         FROM reserve_assignments a
         JOIN reservists r ON r.id = a.reservist_id
         JOIN reserve_slots s ON s.id = a.slot_id
         WHERE ${ACTIVE_ASSIGNMENT} AND ${ACTIVE_RESERVIST}
         GROUP BY s.unit_id`,
      ).all({ asOf: input.asOf }) as Array<{ unit_id: string; assigned: number; matched: number }>
    ).map((row) => [row.unit_id, row]),
  );
  const units = statement(
    ctx.db,
    `SELECT u.id, u.name, u.kind, u.retired_on, COALESCE(q.required, 0) AS required
     FROM reserve_units u
     LEFT JOIN (SELECT unit_id, SUM(required) AS required FROM reserve_slots GROUP BY unit_id) q ON q.unit_id = u.id
     ORDER BY vi_sort_key(u.name), u.id`,
  ).all() as Array<{ id: string; name: string; kind: ReserveUnitKind; retired_on: string | null; required: number }>;
  let assigned = 0;
  let matched = 0;
  for (const row of byUnit.values()) {
    assigned += row.assigned;
    matched += row.matched;
  }
  return {
    asOf: input.asOf,
    totals: {
      reservists: t.reservists!,
      officers: t.officers!,
      professionals: t.professionals!,
      soldiers: t.soldiers!,
      grade1: t.grade1!,
      grade2: t.grade2!,
      assigned,
      assignmentRate: percent(assigned, t.reservists!),
      specialtyMatched: matched,
      specialtyMatchRate: percent(matched, assigned),
      pastAgeLimit: t.past!,
    },
    // A unit dissolved on or before the day is left out; its people (if any were still placed) count in the totals.
    units: units
      .filter((u) => u.retired_on === null || u.retired_on > input.asOf)
      .map((u) => {
        const n = byUnit.get(u.id)?.assigned ?? 0;
        return {
          unitId: u.id,
          name: u.name,
          kind: u.kind,
          required: u.required,
          assigned: n,
          ...unitFill(u.required, n),
        };
      }),
  };
}
