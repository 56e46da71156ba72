import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { listLocalities } from '../localities';
import { TOP_LEVEL_KINDS } from '../localities';
import type { IsoDate } from '../shared/dates';
import { SPECIALIST_COMPONENTS } from './constants';
import { populationsOf } from './populations';
import type { MilitiaFigures, MilitiaSummary } from './public-types';
import { MAX_AGE, MAX_AGE_VOLUNTEER, termSoonCutoff } from './rules';

export type { MilitiaFigures, MilitiaSummary } from './public-types';

type Counts = Omit<MilitiaFigures, 'population' | 'share' | 'partyShare'>;
type Row = Counts & { localityId: string | null };

const collator = new Intl.Collator('vi', { numeric: true });

const percent = (part: number, whole: number | null): number | null =>
  whole === null || whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;

const ZERO_COUNTS: Counts = {
  members: 0,
  militia: 0,
  selfDefence: 0,
  partyMembers: 0,
  youthUnion: 0,
  standing: 0,
  mobile: 0,
  onTheSpot: 0,
  sea: 0,
  specialist: 0,
  women: 0,
  termEndingSoon: 0,
  pastAgeLimit: 0,
};

const SPECIALIST_SQL = SPECIALIST_COMPONENTS.map((c) => `'${c}'`).join(', ');
const ENDS_ON = 'COALESCE(m.extended_until, m.term_ends_on)';
/**
 * The rules of rules.ts in SQL, so 20,000 memberships are counted in one pass:
 * "ending soon" is an end on or before asOf + 90 days (`termEndsSoon`); "past the
 * age limit" is the birthday after the last allowed age falling on or before the
 * later of asOf and the end (`checkAgeLimit`). SQLite's date() moves a 29 Feb
 * birthday to 1 Mar in common years, as `birthdayAt` does. A unit kept under a village
 * (the forms refuse it, older data may have it) counts in its ward/commune.
 */
const LIMIT_AGE = `CASE WHEN m.sex = 'M' THEN CASE WHEN m.volunteer = 1 THEN @maxMV ELSE @maxM END
  ELSE CASE WHEN m.volunteer = 1 THEN @maxFV ELSE @maxF END END + 1`;
const COUNTS_SQL = `
  SELECT COALESCE(l.parent_id, u.locality_id) AS localityId, COUNT(*) AS members,
    SUM(u.force = 'militia') AS militia, SUM(u.force = 'self_defence') AS selfDefence,
    SUM(m.party_member) AS partyMembers, SUM(m.youth_union) AS youthUnion,
    SUM(u.component = 'standing') AS standing, SUM(u.component = 'mobile') AS mobile,
    SUM(u.component = 'on_the_spot') AS onTheSpot, SUM(u.component = 'sea') AS sea,
    SUM(u.component IN (${SPECIALIST_SQL})) AS specialist, SUM(m.sex = 'F') AS women,
    SUM(${ENDS_ON} <= @soonCutoff) AS termEndingSoon,
    SUM(date(m.birth_date, '+' || (${LIMIT_AGE}) || ' years') <= MAX(@asOf, ${ENDS_ON})) AS pastAgeLimit
  FROM militia_memberships m JOIN militia_units u ON u.id = m.unit_id
    LEFT JOIN localities l ON l.id = u.locality_id
  WHERE m.started_on <= @asOf AND (m.ended_on IS NULL OR m.ended_on > @asOf)
  GROUP BY 1`;

function figures(counts: Counts, population: number | null): MilitiaFigures {
  return {
    population,
    ...counts,
    share: percent(counts.members, population),
    partyShare: percent(counts.partyMembers, counts.members),
  };
}

function sum(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const key of Object.keys(ZERO_COUNTS) as Array<keyof Counts>) out[key] = a[key] + b[key];
  return out;
}

/**
 * The militia and self-defence strength on `asOf`: memberships started on or
 * before it and not ended by it (an end date is the first day out). Per ward/
 * commune with its population of asOf's year, agencies' self-defence apart,
 * and the totals (population: the sum of the wards'/communes' known figures).
 * "Term ending soon" and "past age limit" use the list's rules with asOf as today.
 */
export function militiaSummary(ctx: ApiContext, input: { asOf: IsoDate }): MilitiaSummary {
  const { asOf } = input;
  const populationYear = Number(asOf.slice(0, 4));
  const populations = populationsOf(ctx, populationYear);
  const rows = statement(ctx.db, COUNTS_SQL).all({
    asOf,
    soonCutoff: termSoonCutoff(asOf),
    maxM: MAX_AGE.M,
    maxF: MAX_AGE.F,
    maxMV: MAX_AGE_VOLUNTEER.M,
    maxFV: MAX_AGE_VOLUNTEER.F,
  }) as Row[];
  const counts = new Map(rows.map(({ localityId, ...c }) => [localityId, c]));
  const localities = listLocalities(ctx.db, asOf, true)
    .filter(
      (l) =>
        TOP_LEVEL_KINDS.includes(l.kind) &&
        (!l.retiredOn || l.retiredOn > asOf || counts.has(l.id) || populations.has(l.id)),
    )
    .sort((a, b) => collator.compare(a.name, b.name));
  const perLocality = localities.map((l) => ({
    localityId: l.id,
    localityName: l.name,
    ...figures(counts.get(l.id) ?? ZERO_COUNTS, populations.get(l.id) ?? null),
  }));
  const known = perLocality.filter((f) => f.population !== null);
  const population = known.length > 0 ? known.reduce((total, f) => total + f.population!, 0) : null;
  const totals = figures(
    rows.reduce<Counts>((total, { localityId: _, ...c }) => sum(total, c), ZERO_COUNTS),
    population,
  );
  // The share of the population is taken over the places whose population is known, so a ward
  // without a figure (or an agency's self-defence) does not inflate it; the report prints the same.
  const membersWithPopulation = known.reduce((total, f) => total + f.members, 0);
  return {
    asOf,
    populationYear,
    totals: { ...totals, share: percent(membersWithPopulation, population) },
    localities: perLocality,
    agencies: figures(counts.get(null) ?? ZERO_COUNTS, null),
  };
}
