import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { getCampaign, setCampaignClosed } from '../conscription/campaigns/service';
import { rollOverInput } from '../conscription/records/schema';
import { rollOver } from '../conscription/records/year-service';
import { personCreateInput } from '../people/schema';
import { createPerson } from '../people/service';
import { addDays, type IsoDate } from '../shared/dates';
import * as data from './conscription-data';
import type { Conscript } from './conscription-year';
import { seedHistoryDrills } from './history-drills';
import { seedHistoryForces } from './history-forces';
import { seedHistoryPolicy } from './history-policy';
import { seedHistoryDefenceEducation } from './history-defence-education';
import { seedHistoryPolitical } from './history-political';
import { seedHistoryReadiness } from './history-readiness';
import { seedHistoryEquipment } from './history-equipment';
import { seedHistoryReviewMeeting } from './history-review-meeting';
import type { Weighted } from './names';
import { createPeopleGenerator, type DemoHome, type GeneratorOptions } from './people-generator';
import { createRandom, type Random } from './random';
import {
  enrolNextYear,
  handoverOf,
  openCampaign,
  type QuotaArea,
  quotasFor,
  seedClosedYear,
} from './seed-conscription';

/** Fixed and apart from the other seeds: the history adds people after the first 400 and changes none of them. */
const HISTORY_SEED = 20_230_224;
/** The generator's "today": a person aged N on it was born in 2023 − N. */
const BORN_BY = '2023-12-31';
/** The half-year the history is told up to; later steps of the 2024 campaign are not made. */
const HISTORY_AS_OF = '2023-06-30';
/** Men of the 2023 pool per place on the quota: enough that every ward fills its quota after the exam. */
const POOL_PER_PLACE = 2.5;
/** Adults who served in the militia term 2019/2021–2023/2025, per ward/commune. */
const MILITIA_VETERANS_PER_AREA = 9;

export interface HistoryInput {
  homes: Weighted<DemoHome>;
  areas: readonly QuotaArea[];
  taken: NonNullable<GeneratorOptions['taken']>;
}

export interface HistoryResult {
  people: number;
  campaigns: number;
  records: number;
  /** Counts of the history's other rows (militia terms, courses, exercises, duty…). */
  counts: Record<string, number>;
}

/**
 * The office's first half of 2023, so its half-year review has real figures:
 * the 2023 campaign (handover in Feb 2023, 76 of 76) walked through its year
 * and closed, the 2024 campaign prepared (pool rolled over, the year's
 * 17-year-olds registered) and closed as it stood on 30/06/2023, the militia
 * of the 2019–2023 term and 2023 populations, and the period's courses, duty,
 * patrols and exercises. The people are new (made after the first 400), so
 * the story around today is unchanged; invented, like all demo people.
 */
export function seedHistory2023(ctx: ApiContext, input: HistoryInput): HistoryResult {
  const rng = createRandom(HISTORY_SEED);
  const peopleBefore = peopleCount(ctx);
  const people = createHistoryPeople(ctx, rng, input);
  const conscription = seedCampaigns(ctx, rng, input.areas, people.conscripts);
  const forces = seedHistoryForces(ctx, rng, people.veterans);
  const drills = seedHistoryDrills(ctx, rng, forces.militiaPeople);
  // The other topics of the half-year review, each from its own feature (independent of the rng).
  const topics = {
    ...seedHistoryPolicy(ctx),
    ...seedHistoryDefenceEducation(ctx),
    ...seedHistoryPolitical(ctx),
    ...seedHistoryReadiness(ctx),
    ...seedHistoryEquipment(ctx),
    ...seedHistoryReviewMeeting(ctx),
  };
  return {
    // Every person the history made, the topics' own included (the policy seed adds the soldiers back from service).
    people: peopleCount(ctx) - peopleBefore,
    campaigns: 2,
    records: conscription.records,
    counts: { ...conscription.counts, ...forces.counts, ...drills, ...topics },
  };
}

const peopleCount = (ctx: ApiContext) =>
  (statement(ctx.db, `SELECT COUNT(*) AS n FROM people`).get() as { n: number }).n;

interface HistoryPeople {
  /** Young men of the register, in creation order. */
  conscripts: Conscript[];
  /** Adults for the militia term that ended in 2023–2025, by ward/commune id. */
  veterans: Map<string, string[]>;
}

function createHistoryPeople(ctx: ApiContext, rng: Random, input: HistoryInput): HistoryPeople {
  const quotas = quotasFor(input.areas, data.QUOTA_2023);
  const result: HistoryPeople = { conscripts: [], veterans: new Map() };
  const make = (only: GeneratorOptions['only'], home: DemoHome) => {
    const draft = createPeopleGenerator(rng, BORN_BY, { only, taken: input.taken })(home);
    // Nobody of the history is archived, so no archive note either.
    const person = createPerson(ctx, personCreateInput.parse({ ...draft.input, notes: '' }));
    return person;
  };
  const enlist = (only: GeneratorOptions['only'], home: DemoHome) => {
    const { id, birthDate, occupation, education } = make(only, home);
    result.conscripts.push({
      personId: id,
      birthDate,
      areaId: home.areaId,
      areaName: home.areaName,
      occupation,
      education,
    });
  };
  for (const area of input.areas) {
    const homes = input.homes.filter(([h]) => h.areaId === area.id);
    const quota = quotas.find((q) => q.localityId === area.id)!;
    // Born 1999–2004: 18–24 at the Feb 2023 handover.
    const pool = Math.ceil((quota.army + quota.police) * POOL_PER_PLACE) + 2;
    for (let i = 0; i < pool; i++) enlist({ group: 'conscript', ages: [19, 24] }, rng.weighted(homes));
    // Born 2005 (registered in 2022) and 2006 (registered in April 2023 for the 2024 campaign).
    enlist({ group: 'conscript', ages: [18, 18] }, rng.weighted(homes));
    for (let i = rng.int(1, 2); i > 0; i--) enlist({ group: 'conscript', ages: [17, 17] }, rng.weighted(homes));
    const veterans: string[] = [];
    for (let i = 0; i < MILITIA_VETERANS_PER_AREA; i++) {
      veterans.push(make({ group: 'adult', ages: [25, 40] }, rng.weighted(homes)).id);
    }
    result.veterans.set(area.id, veterans);
  }
  return result;
}

/**
 * 2023: the pool of 2022 (registered, examined, deferred and exempted by legal
 * point, listed, ordered) handed over on the province's day in Feb 2023 and
 * closed. 2024: quota set, the rest of the 2023 pool rolled over in March,
 * April's 17-year-olds registered; closed as it stood at the end of June 2023.
 */
function seedCampaigns(ctx: ApiContext, rng: Random, areas: readonly QuotaArea[], conscripts: Conscript[]) {
  const { done, entries: entries2023 } = seedClosedYear(ctx, rng, 2023, {
    quotas: quotasFor(areas, data.QUOTA_2023),
    conscripts,
    plan: { asOf: HISTORY_AS_OF, removals: 1, exemptions: 3, barred: true, lateChanges: false },
  });

  const c2024 = openCampaign(ctx, 2024, handoverOf(2024), quotasFor(areas, data.QUOTA_2024));
  const rolledOn: IsoDate = addDays(done.handoverEnd, 10);
  rollOver(ctx, rollOverInput.parse({ fromCampaignId: done.id, toCampaignId: c2024.id, onDate: rolledOn }));
  const entries2024 = enrolNextYear(ctx, rng, c2024.id, 2023, conscripts, HISTORY_AS_OF);
  const prepared = getCampaign(ctx, c2024.id);
  setCampaignClosed(ctx, prepared.id, prepared.version, true);
  const handedOver = entries2023.filter((e) => e.rec.state === 'handed_over').length;
  return {
    records: entries2023.length + entries2024.length,
    counts: { handedOver2023: handedOver },
  };
}
