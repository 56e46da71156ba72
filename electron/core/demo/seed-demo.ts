import type { ApiContext } from '../kernel/context';
import { listCampaigns } from '../conscription/campaigns/service';
import { localityCreateInput, localityListInput, localityRenameInput, type Locality } from '../localities/schema';
import { createLocality, listLocalities, renameLocality } from '../localities/service';
import { officePeriodInput, officeProfileInput } from '../office/schema';
import { addOfficePeriod, getOfficeProfile, saveOfficeProfile } from '../office/service';
import { personCreateInput, personListInput } from '../people/schema';
import { createPerson, listPeople, setPersonArchived } from '../people/service';
import { localIsoDate } from '../shared/dates';
import type { Weighted } from './names';
import { seedHistory2023 } from './history-2023';
import { seedLegacyIdPeople } from './legacy-ids';
import { createPeopleGenerator, type DemoHome, type GeneratorOptions } from './people-generator';
import { DEMO_AREAS, DEMO_OFFICE, DEMO_OFFICE_FROM_JULY_2025, DEMO_VALID_FROM, type DemoPart } from './places';
import { createRandom } from './random';
import { type Conscript, type QuotaArea, seedConscription } from './seed-conscription';
import { seedMilitia } from './seed-militia';
import { seedReserves } from './seed-reserves';
import { seedStaff } from './seed-staff';
import { seedExercises } from './seed-exercises';
import { seedTraining } from './seed-training';
import { seedDuty } from './seed-duty';
import { seedPoliceNotices } from './seed-police';

export interface DemoSeedResult {
  seeded: boolean;
  localities: number;
  people: number;
  /** Conscription campaigns (last year's closed, next year's open, 2023 and 2024) and the records in them. */
  campaigns: number;
  conscriptionRecords: number;
  /** Counts per force (units, members, reservists, staff…), as each feature's seeder reports them. */
  forces: Record<string, number>;
  /** Counts of exercises, courses, duty shifts… as each feature's seeder reports them. */
  drills: Record<string, number>;
  /** Counts of the 2023 history (its campaign, militia term, courses, duty, exercises), kept apart from today's. */
  history: Record<string, number>;
}

/** Fixed, so every demo database holds the same people in the same order. */
const DEMO_SEED = 20_151_001;
const DEMO_PEOPLE = 400;
/** Share of an area's people registered at the ward/commune itself rather than in one of its villages. */
const AREA_ONLY_SHARE = 0.08;

const NOT_SEEDED: DemoSeedResult = {
  seeded: false,
  localities: 0,
  people: 0,
  campaigns: 0,
  conscriptionRecords: 0,
  forces: {},
  drills: {},
  history: {},
};

/**
 * Fills an empty office database with a demo city command: office profile,
 * wards and communes with their villages, a few hundred invented people, and
 * their conscription around today (last year's handover, next year's work),
 * the forces and drills around today, then the first half of 2023 told with
 * more people (so the half-year review of 2023 has figures; history-2023.ts).
 * Everything goes through the same schemas and services as the user's input,
 * so the rows are validated and audited like real ones, in one transaction.
 * A database with any office data in it is left exactly as it is.
 */
export function seedDemoOffice(ctx: ApiContext): DemoSeedResult {
  return ctx.db.transaction((): DemoSeedResult => {
    if (hasOfficeData(ctx)) return { ...NOT_SEEDED };
    const today = localIsoDate(ctx.now());
    saveOfficeProfile(ctx, officeProfileInput.parse(DEMO_OFFICE));
    addOfficePeriod(ctx, officePeriodInput.parse(DEMO_OFFICE_FROM_JULY_2025));
    const { homes, areas } = seedLocalities(ctx);
    const taken = { citizenIds: new Set<string>(), phones: new Set<string>() };
    const conscripts = seedPeople(ctx, homes, today, taken);
    const conscription = seedConscription(ctx, areas, conscripts, today);
    const forces = { ...seedMilitia(ctx, today), ...seedReserves(ctx, today), ...seedStaff(ctx, today) };
    // After the forces and campaigns, so the latest notice can name people on their registers. Its
    // counts go to the log only: the start-up line lists forces and drills, which notices are not.
    const policeNotices = seedPoliceNotices(ctx, today);
    const drills = { ...seedExercises(ctx, today), ...seedTraining(ctx, today), ...seedDuty(ctx, today) };
    // Last, so everything above saw only the first 400 people, as before the history existed.
    const history = seedHistory2023(ctx, { homes, areas, taken });
    // After everything else, so no earlier step sees them.
    const legacy = seedLegacyIdPeople(ctx, homes[0]![0]);
    const result = {
      seeded: true,
      localities: homes.length,
      people: DEMO_PEOPLE + history.people + legacy,
      campaigns: conscription.campaigns + history.campaigns,
      conscriptionRecords: conscription.records + history.records,
      forces,
      drills,
      history: history.counts,
    };
    const json = {
      forces: JSON.stringify(forces),
      drills: JSON.stringify(drills),
      history: JSON.stringify(history.counts),
      policeNotices: JSON.stringify(policeNotices),
    };
    ctx.log.info('demo.seeded', { ...result, ...json });
    return result;
  })();
}

/** An office profile, any person (archived too), locality or campaign means real data: never mix demo rows in. */
function hasOfficeData(ctx: ApiContext): boolean {
  if (getOfficeProfile(ctx) !== null || listCampaigns(ctx).length > 0) return true;
  for (const archived of [false, true]) {
    if (listPeople(ctx, personListInput.parse({ pageSize: 1, archived })).total > 0) return true;
  }
  return listLocalities(ctx, localityListInput.parse({ includeRetired: true })).length > 0;
}

/**
 * Creates the areas and their parts; returns every locality as a possible home, weighted by
 * population, and the wards and communes that get conscription quotas.
 */
function seedLocalities(ctx: ApiContext): { homes: Weighted<DemoHome>; areas: QuotaArea[] } {
  const homes: (readonly [DemoHome, number])[] = [];
  const areas: QuotaArea[] = [];
  for (const area of DEMO_AREAS) {
    const top = createLocality(
      ctx,
      localityCreateInput.parse({ name: area.name, kind: area.kind, validFrom: DEMO_VALID_FROM }),
    );
    areas.push({ id: top.id, weight: area.weight });
    const inArea = { areaId: top.id, areaName: top.name };
    homes.push([{ localityId: top.id, kind: area.kind, name: top.name, ...inArea }, area.weight * AREA_ONLY_SHARE]);
    const partKind = area.kind === 'ward' ? 'residential_group' : 'village';
    const partWeight = (area.weight * (1 - AREA_ONLY_SHARE)) / area.parts.length;
    for (const part of area.parts) {
      const created = createPart(ctx, part, partKind, top.id);
      homes.push([{ localityId: created.id, kind: partKind, name: created.name, ...inArea }, partWeight]);
    }
  }
  return { homes, areas };
}

function createPart(ctx: ApiContext, part: DemoPart, kind: DemoHome['kind'], parentId: string): Locality {
  const created = createLocality(
    ctx,
    localityCreateInput.parse({ name: part.name, kind, parentId, validFrom: DEMO_VALID_FROM }),
  );
  if (!part.renamed) return created;
  return renameLocality(ctx, localityRenameInput.parse({ id: created.id, version: created.version, ...part.renamed }));
}

/** Creates the people; returns the men still on the register, in creation order (ids are random, the order is not). */
function seedPeople(
  ctx: ApiContext,
  homes: Weighted<DemoHome>,
  today: string,
  taken: GeneratorOptions['taken'],
): Conscript[] {
  const rng = createRandom(DEMO_SEED);
  const nextPerson = createPeopleGenerator(rng, today, { taken });
  const men: Conscript[] = [];
  for (let i = 0; i < DEMO_PEOPLE; i++) {
    const home = rng.weighted(homes);
    const draft = nextPerson(home);
    const person = createPerson(ctx, personCreateInput.parse(draft.input));
    if (draft.archive) setPersonArchived(ctx, person.id, person.version, true);
    else if (person.sex === 'M') {
      const { birthDate, occupation, education } = person;
      men.push({ personId: person.id, birthDate, areaId: home.areaId, areaName: home.areaName, occupation, education });
    }
  }
  return men;
}
