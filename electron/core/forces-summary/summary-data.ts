import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { militiaSummary } from '../militia';
import { type IsoDate } from '../shared/dates';
import { localityNameOf } from '../localities';

/**
 * The strength summary's figures per ward/commune on a date. The militia columns are the militia
 * summary's own figures (the screen and the report cannot disagree): by the ward/commune of their
 * unit, an agency's self-defence counted apart, the population entered for the date's year (no
 * figure, no share). Reservists are counted by where they live (a village counts in its ward/commune).
 */
export interface StrengthRow extends StrengthCounts {
  areaId: string | null;
  /** null for the two rows that are no place: 'agencies' (self-defence units of agencies) and 'unplaced'. */
  name: string | null;
  special?: 'agencies' | 'unplaced';
  population: number | null;
}

/** What the summary counts, per place and in total: militia (Party members, standing, mobile) and reservists. */
export interface StrengthCounts {
  militia: number;
  party: number;
  standing: number;
  mobile: number;
  grade1: number;
  grade2: number;
  assigned: number;
}

const ZERO: StrengthCounts = { militia: 0, party: 0, standing: 0, mobile: 0, grade1: 0, grade2: 0, assigned: 0 };

export function strengthByArea(ctx: ApiContext, asOf: IsoDate): StrengthRow[] {
  const militia = militiaSummary(ctx, { asOf });
  const rows = new Map<string, StrengthRow>(
    militia.localities.map((l) => [
      l.localityId,
      {
        areaId: l.localityId,
        name: l.localityName,
        population: l.population,
        ...ZERO,
        militia: l.members,
        party: l.partyMembers,
        standing: l.standing,
        mobile: l.mobile,
      },
    ]),
  );
  const agencies = militia.agencies;
  if (agencies.members > 0) {
    rows.set('agencies', {
      areaId: null,
      name: null,
      special: 'agencies',
      population: null,
      ...ZERO,
      militia: agencies.members,
      party: agencies.partyMembers,
      standing: agencies.standing,
      mobile: agencies.mobile,
    });
  }
  const reservists = statement(
    ctx.db,
    `SELECT COALESCE(l.parent_id, p.locality_id) AS areaId, SUM(r.grade = 1) AS grade1, SUM(r.grade = 2) AS grade2,
       SUM(EXISTS (SELECT 1 FROM reserve_assignments a WHERE a.reservist_id = r.id
         AND a.assigned_on <= @asOf AND (a.ended_on IS NULL OR a.ended_on > @asOf))) AS assigned
     FROM reservists r JOIN people p ON p.id = r.person_id LEFT JOIN localities l ON l.id = p.locality_id
     WHERE r.registered_on <= @asOf AND (r.removed_on IS NULL OR r.removed_on > @asOf)
     GROUP BY 1`,
  ).all({ asOf }) as Pick<StrengthRow, 'areaId' | 'grade1' | 'grade2' | 'assigned'>[];
  for (const { areaId, ...counts } of reservists) {
    // A retired ward that still has reservists, or none at all: a row of its own at the end.
    const key = areaId ?? 'unplaced';
    const row =
      rows.get(key) ??
      (areaId === null
        ? { areaId, name: null, special: 'unplaced' as const, population: null, ...ZERO }
        : { areaId, name: localityNameOf(ctx.db, areaId, asOf), population: null, ...ZERO });
    rows.set(key, Object.assign(row, counts));
  }
  return [...rows.values()];
}
