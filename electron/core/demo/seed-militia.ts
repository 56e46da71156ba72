import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { localityListInput, type Locality, TOP_LEVEL_KINDS } from '../localities/schema';
import { listLocalities } from '../localities/service';
import { createMember, extendMember, getMember } from '../militia/members-service';
import { setPopulation } from '../militia/populations';
import { checkMilitiaAge } from '../militia/rules';
import { memberCreateInput, unitCreateInput } from '../militia/schema';
import type { MilitiaComponent, MilitiaLevel, MilitiaPosition } from '../militia/constants';
import { createUnit } from '../militia/units-service';
import { personListInput, type Person } from '../people/schema';
import { listPeople } from '../people/service';
import { addDays, addYears, ageOn, type IsoDate } from '../shared/dates';
import { createRandom, type Random } from './random';
import { seedMilitiaDecisions } from './seed-militia-decisions';

/** Fixed, apart from the other seeds, so adding militia did not change anything else in the demo. */
const MILITIA_SEED = 20_190_048;
/** Share of members whose term ends within the next 90 days, so the warnings show. */
const ENDING_SOON_SHARE = 0.08;
const AGENCY = 'Công ty Điện lực Bắc Kạn';

interface Counts {
  militiaUnits: number;
  militiaMembers: number;
}

/**
 * Demo militia through the feature's services: in every ward/commune a mobile
 * platoon of 2–3 squads and an on-the-spot squad per village/residential group,
 * a standing squad in the first ward, an agency's self-defence squad, members
 * drawn from the demo people of the right age (men first for the mobile force),
 * this year's population of each ward/commune, and a few Art. 11 deferrals and an exemption.
 */
export function seedMilitia(ctx: ApiContext, today: IsoDate): Record<string, number> {
  const rng = createRandom(MILITIA_SEED);
  const counts: Counts = { militiaUnits: 0, militiaMembers: 0 };
  const localities = listLocalities(ctx, localityListInput.parse({}));
  const areas = localities.filter((l) => TOP_LEVEL_KINDS.includes(l.kind));
  const pools = peopleByArea(ctx, localities, today, rng);
  const year = Number(today.slice(0, 4));
  const ctxSeed = { ctx, rng, today, counts };
  let standingDone = false;
  for (const area of areas) {
    setPopulation(ctx, { localityId: area.id, year, population: populationOf(ctx, area, rng) });
    const pool = pools.get(area.id) ?? [];
    const unit = (name: string, level: MilitiaLevel, component: MilitiaComponent, parentId: string | null = null) =>
      makeUnit(ctxSeed, { force: 'militia', localityId: area.id, name, level, component, parentId });
    const platoon = unit('Trung đội dân quân cơ động', 'platoon', 'mobile');
    enrol(
      ctxSeed,
      platoon,
      take(pool, (p) => p.sex === 'M', 1),
      'unit_leader',
    );
    for (let s = 1, squads = rng.int(2, 3); s <= squads; s++) {
      const squad = unit(`Tiểu đội ${s}`, 'squad', 'mobile', platoon);
      enrol(
        ctxSeed,
        squad,
        take(pool, (p) => p.sex === 'M' && ageOn(p.birthDate, today) <= 35, rng.int(4, 6)),
      );
    }
    if (area.kind === 'ward' && !standingDone) {
      standingDone = true;
      const standing = unit('Tiểu đội dân quân thường trực', 'squad', 'standing');
      enrol(
        ctxSeed,
        standing,
        take(pool, (p) => p.sex === 'M', 4),
        'unit_leader',
        'standing',
      );
    }
    for (const part of localities.filter((l) => l.parentId === area.id)) {
      const squad = unit(`Tiểu đội dân quân tại chỗ ${part.name}`, 'squad', 'on_the_spot');
      const fromPart = take(pool, (p) => p.localityId === part.id, rng.int(2, 4));
      enrol(ctxSeed, squad, fromPart.length > 0 ? fromPart : take(pool, () => true, 2));
    }
    if (area === areas[0]) {
      const agency = makeUnit(ctxSeed, {
        force: 'self_defence',
        agency: AGENCY,
        name: 'Tiểu đội tự vệ',
        level: 'squad',
        component: 'on_the_spot',
        parentId: null,
      });
      enrol(
        ctxSeed,
        agency,
        take(pool, () => true, 4),
      );
    }
  }
  extendSelfDefenceLeader(ctx, today);
  seedMilitiaDecisions(ctx, today);
  return { ...counts };
}

/**
 * Art. 8(2) Luật DQTV: self-defence (like sea militia and unit commanders) may be extended beyond
 * 2 years, up to the age limit. The agency squad's leader is kept on 3 years past the term, when
 * the age limit allows it, so the demo shows such an extension. No random draw: nothing else moves.
 */
function extendSelfDefenceLeader(ctx: ApiContext, today: IsoDate): void {
  const row = statement(
    ctx.db,
    `SELECT m.id FROM militia_memberships m JOIN militia_units u ON u.id = m.unit_id
      WHERE u.force = 'self_defence' AND m.position = 'unit_leader' AND m.ended_on IS NULL
      ORDER BY m.started_on, m.id LIMIT 1`,
  ).get() as { id: string } | undefined;
  if (!row) return;
  const member = getMember(ctx, row.id);
  const extendedUntil = addYears(member.termEndsOn, 3);
  if (extendedUntil > member.extensionMaxDate || member.termEndsOn < today) return;
  extendMember(ctx, { id: member.id, version: member.version, extendedUntil });
}

type SeedCtx = { ctx: ApiContext; rng: Random; today: IsoDate; counts: Counts };

function makeUnit(s: SeedCtx, values: Record<string, unknown>): string {
  s.counts.militiaUnits += 1;
  return createUnit(s.ctx, unitCreateInput.parse(values)).id;
}

/** Removes and returns up to `count` people matching `fits` from the pool. */
function take(pool: Person[], fits: (p: Person) => boolean, count: number): Person[] {
  const taken: Person[] = [];
  for (let i = 0; i < pool.length && taken.length < count;) {
    if (fits(pool[i]!)) taken.push(...pool.splice(i, 1));
    else i++;
  }
  return taken;
}

function enrol(
  s: SeedCtx,
  unitId: string,
  people: Person[],
  leader: MilitiaPosition = 'unit_leader',
  component: MilitiaComponent | null = null,
): void {
  people.forEach((person, i) => {
    const startedOn = startDate(s, component === 'standing');
    // People who joined years ago must have been of age then; skip the few who were not.
    if (!checkMilitiaAge(person.birthDate, person.sex, startedOn, false).ok) return;
    const young = ageOn(person.birthDate, s.today) <= 30;
    createMember(
      s.ctx,
      memberCreateInput.parse({
        personId: person.id,
        unitId,
        position: i === 0 ? leader : 'member',
        startedOn,
        partyMember: s.rng.chance(i === 0 ? 0.7 : 0.2),
        youthUnion: young && s.rng.chance(0.6),
      }),
    );
    s.counts.militiaMembers += 1;
  });
}

/** Mostly spread over the term; a few near its end so "term ending soon" has rows. */
function startDate(s: SeedCtx, standing: boolean): IsoDate {
  const years = standing ? 2 : 4;
  if (s.rng.chance(ENDING_SOON_SHARE)) return addDays(addYears(s.today, -years), s.rng.int(5, 85));
  return addDays(s.today, -s.rng.int(30, years * 365 - 120));
}

/** A plausible population: the demo people are a sample, so scale their count up (militia then near the usual 1–1.5 %). */
function populationOf(ctx: ApiContext, area: Locality, rng: Random): number {
  const row = statement(
    ctx.db,
    `SELECT COUNT(*) AS n FROM people WHERE locality_id = ? OR locality_id IN (SELECT id FROM localities WHERE parent_id = ?)`,
  ).get(area.id, area.id) as { n: number };
  return row.n * 30 + rng.int(0, 199);
}

/**
 * Working-register people who are of militia age today, by ward/commune, in a
 * seeded random order; those handed over to the army are serving and left out.
 */
function peopleByArea(ctx: ApiContext, localities: Locality[], today: IsoDate, rng: Random): Map<string, Person[]> {
  const areaOf = new Map(localities.map((l) => [l.id, l.parentId ?? l.id]));
  const serving = new Set(
    (
      statement(ctx.db, `SELECT person_id FROM conscription_records WHERE handed_over_on IS NOT NULL`).all() as Array<{
        person_id: string;
      }>
    ).map((r) => r.person_id),
  );
  const pools = new Map<string, Person[]>();
  for (let page = 1; ; page++) {
    const result = listPeople(ctx, personListInput.parse({ page, pageSize: 200 }));
    for (const person of result.rows) {
      const areaId = person.localityId ? areaOf.get(person.localityId) : undefined;
      if (!areaId || serving.has(person.id)) continue;
      const age = ageOn(person.birthDate, today);
      if (age < 20 || age > (person.sex === 'M' ? 44 : 39)) continue;
      const pool = pools.get(areaId) ?? [];
      pool.push(person);
      pools.set(areaId, pool);
    }
    if (page * result.pageSize >= result.total) break;
  }
  for (const pool of pools.values()) {
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
  }
  return pools;
}
