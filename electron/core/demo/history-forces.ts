import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { createMember, endMember } from '../militia/members-service';
import { populationsOf, setPopulation } from '../militia/populations';
import { memberCreateInput, memberEndInput } from '../militia/schema';
import { addDays, type IsoDate, localIsoDate } from '../shared/dates';
import type { Random } from './random';

/** The militia term the history's veterans served: started between these days, four years each. */
const TERM_STARTS: readonly [IsoDate, IsoDate] = ['2019-09-01', '2021-06-30'];
/** A population grows about this much a year; earlier years are derived from this year's figure. */
const YEARLY_GROWTH = 0.012;

export interface HistoryMilitia {
  personId: string;
  areaId: string;
  component: string;
}

/**
 * Militia as it stood in mid-2023: the adults of each ward/commune served the
 * 2019/2021 term in its squads and left at its end (2023–2025), one per
 * ward/commune earlier (moved away in 2022), so today's members (who mostly
 * joined from mid-2023) took over. Plus each ward/commune's population of the
 * earlier years, so the militia's share of the population has a base.
 */
export function seedHistoryForces(
  ctx: ApiContext,
  rng: Random,
  veterans: Map<string, string[]>,
): { militiaPeople: HistoryMilitia[]; counts: Record<string, number> } {
  const militiaPeople: HistoryMilitia[] = [];
  let memberships = 0;
  const today = localIsoDate(ctx.now());
  for (const [areaId, people] of veterans) {
    const squads = statement(
      ctx.db,
      `SELECT id, component FROM militia_units
        WHERE locality_id = ? AND force = 'militia' AND level = 'squad' AND component <> 'standing'
          AND retired_on IS NULL ORDER BY rowid`,
    ).all(areaId) as Array<{ id: string; component: string }>;
    if (squads.length === 0) continue;
    people.forEach((personId, i) => {
      const squad = squads[i % squads.length]!;
      const startedOn = addDays(TERM_STARTS[0], rng.int(0, 668));
      const member = createMember(
        ctx,
        memberCreateInput.parse({
          personId,
          unitId: squad.id,
          position: i < squads.length ? 'unit_leader' : 'member',
          startedOn,
          partyMember: rng.chance(i < squads.length ? 0.7 : 0.2),
          youthUnion: rng.chance(0.4),
        }),
      );
      memberships += 1;
      const movedAway = i === people.length - 1;
      const endedOn = movedAway ? addDays('2022-03-01', rng.int(0, 200)) : addDays(member.termEndsOn, 1);
      if (endedOn > today) return;
      endMember(
        ctx,
        memberEndInput.parse({
          id: member.id,
          version: member.version,
          endedOn,
          endReason: movedAway ? 'moved' : 'term_completed',
        }),
      );
      if (!movedAway) militiaPeople.push({ personId, areaId, component: squad.component });
    });
  }
  return { militiaPeople, counts: { militiaMembers2019Term: memberships, populationYears: seedPopulations(ctx) } };
}

/** This year's population of each ward/commune carried back to 2023, for the years not entered yet. */
function seedPopulations(ctx: ApiContext): number {
  const year = Number(localIsoDate(ctx.now()).slice(0, 4));
  const current = populationsOf(ctx, year);
  let set = 0;
  for (let y = 2023; y < year; y++) {
    const entered = populationsOf(ctx, y);
    for (const [localityId, population] of current) {
      if (entered.has(localityId)) continue;
      const earlier = Math.round(population / (1 + YEARLY_GROWTH) ** (year - y));
      setPopulation(ctx, { localityId, year: y, population: earlier });
      set += 1;
    }
  }
  return set;
}
