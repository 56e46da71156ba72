import type { ApiContext } from '../kernel/context';
import { type Campaign, campaignCreateInput, quotaSetInput } from '../conscription/campaigns/schema';
import { createCampaign, getCampaign, setCampaignClosed, setQuotas } from '../conscription/campaigns/service';
import { recordCreateInput, recordListInput, rollOverInput, transitionInput } from '../conscription/records/schema';
import { createRecord, listRecords, transition } from '../conscription/records/service';
import { rollOver } from '../conscription/records/year-service';
import type { ConscriptionRecordView } from '../conscription/records/view';
import { checkCallUpAge, onlineRegistrationSince } from '../conscription/rules';
import type { RegistrationMethod } from '../conscription/states';
import { addDays, type IsoDate, toIsoDate } from '../shared/dates';
import * as data from './conscription-data';
import { type Conscript, type Entry, runYear, type YearPlan } from './conscription-year';
import { createRandom, type Random } from './random';

export type { Conscript } from './conscription-year';

/** A ward or commune that gets a quota, weighted by its share of the population. */
export interface QuotaArea {
  id: string;
  weight: number;
}

export interface ConscriptionSeedResult {
  campaigns: number;
  records: number;
}

/** Fixed, apart from the people's seed, so adding conscription did not change who lives in the demo. */
const CONSCRIPTION_SEED = 20_260_304;
/** Days after this year's handover when the demo shows it closed and next year's campaign open. */
const CLOSED_AFTER_DAYS = 14;
const DEGREES = ['Đại học', 'Cao đẳng', 'Thạc sĩ'];

/**
 * Two campaigns around today: the last handover (Feb/Mar of this year, or of
 * last year until two weeks after this year's), walked through its whole
 * year and closed; and the next one, open, with last year's pool rolled over,
 * this year's 17-year-olds registered and the year's work done up to today.
 */
export function seedConscription(
  ctx: ApiContext,
  areas: readonly QuotaArea[],
  conscripts: readonly Conscript[],
  today: IsoDate,
): ConscriptionSeedResult {
  const rng = createRandom(CONSCRIPTION_SEED);
  const thisYear = Number(today.slice(0, 4));
  const lastYear = addDays(handoverOf(thisYear), CLOSED_AFTER_DAYS) <= today ? thisYear : thisYear - 1;

  const { done, entries: lastEntries } = seedClosedYear(ctx, rng, lastYear, {
    quotas: quotasFor(areas, data.LAST_YEAR_QUOTA),
    conscripts,
    plan: { asOf: today, removals: 2, exemptions: 2, barred: true, lateChanges: true },
  });

  const next = openCampaign(ctx, lastYear + 1, handoverOf(lastYear + 1), quotasFor(areas, data.NEXT_YEAR_QUOTA));
  rollOver(
    ctx,
    rollOverInput.parse({ fromCampaignId: done.id, toCampaignId: next.id, onDate: addDays(done.handoverEnd, 10) }),
  );
  const nextEntries = enrolNextYear(ctx, rng, next.id, lastYear, conscripts, today);
  runYear(ctx, rng, {
    campaign: next,
    entries: nextEntries,
    asOf: today,
    removals: 1,
    exemptions: 1,
    barred: false,
    lateChanges: false,
  });
  return { campaigns: 2, records: lastEntries.length + nextEntries.length };
}

/**
 * A past campaign, walked through its whole year and closed: opened with its quotas, its pool
 * enrolled from the register, the year's steps taken as `plan` says. The closed campaign and its entries.
 */
export function seedClosedYear(
  ctx: ApiContext,
  rng: Random,
  year: number,
  q: { quotas: QuotaRow[]; conscripts: readonly Conscript[]; plan: Omit<YearPlan, 'campaign' | 'entries'> },
): { done: Campaign; entries: Entry[] } {
  const start = handoverOf(year);
  const campaign = openCampaign(ctx, year, start, q.quotas);
  const entries = enrolLastYear(ctx, rng, campaign.id, start, q.conscripts);
  runYear(ctx, rng, { campaign, entries, ...q.plan });
  const done = getCampaign(ctx, campaign.id);
  setCampaignClosed(ctx, done.id, done.version, true);
  return { done, entries };
}

/** The province's handover day of a year, between 20 Feb and 4 Mar (Art. 33: Feb or Mar); 2026 gives 4 Mar. */
export function handoverOf(year: number): IsoDate {
  return addDays(toIsoDate(year, 2, 20), (year * 7) % 13);
}

export function openCampaign(ctx: ApiContext, year: number, handoverStart: IsoDate, quotas: QuotaRow[]) {
  const created = createCampaign(
    ctx,
    campaignCreateInput.parse({ year, handoverStart, handoverEnd: addDays(handoverStart, 2) }),
  );
  return setQuotas(ctx, quotaSetInput.parse({ campaignId: created.id, version: created.version, quotas }));
}

export interface QuotaRow {
  localityId: string;
  army: number;
  police: number;
}

/** The city's quota split over the wards and communes by population (largest remainder). */
export function quotasFor(areas: readonly QuotaArea[], totals: { army: number; police: number }): QuotaRow[] {
  const total = areas.reduce((sum, a) => sum + a.weight, 0);
  const split = (amount: number): number[] => {
    const exact = areas.map((a) => (amount * a.weight) / total);
    const shares = exact.map(Math.floor);
    const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const left = amount - shares.reduce((sum, x) => sum + x, 0);
    for (let k = 0; k < left; k++) shares[byRemainder[k]![1]]! += 1;
    return shares;
  };
  const army = split(totals.army);
  const police = split(totals.police);
  return areas.map((a, i) => ({ localityId: a.id, army: army[i]!, police: police[i]! }));
}

type Enrol = (who: Conscript, state: string, onDate: IsoDate, extra?: Record<string, unknown>) => Entry;

/** Puts people of the register into a campaign (as the clerk does), collecting their entries. */
function enroller(ctx: ApiContext, campaignId: string, entries: Entry[]): Enrol {
  return (who, state, onDate, extra = {}) => {
    const input = recordCreateInput.parse({ campaignId, personId: who.personId, state, onDate, ...extra });
    const entry = { who, rec: createRecord(ctx, input) };
    entries.push(entry);
    return entry;
  };
}

/**
 * Last year's campaign starts from the register: those turning 17 in its
 * working year register, the men of call-up age are its pool, and two
 * graduates back from a study deferral may be called until 27 (Art. 30).
 */
export function enrolLastYear(
  ctx: ApiContext,
  rng: Random,
  campaignId: string,
  handover: IsoDate,
  conscripts: readonly Conscript[],
): Entry[] {
  const workYear = Number(handover.slice(0, 4)) - 1;
  const entries: Entry[] = [];
  const enrol = enroller(ctx, campaignId, entries);
  register(rng, workYear, conscripts, handover, enrol);
  const poolSince = toIsoDate(workYear, 3, 25);
  let graduates = 2;
  for (const who of conscripts) {
    if (Number(who.birthDate.slice(0, 4)) > workYear - 18) continue;
    if (checkCallUpAge(who.birthDate, handover, false).ok) enrol(who, 'pool', poolSince);
    else if (graduates > 0 && DEGREES.includes(who.education) && checkCallUpAge(who.birthDate, handover, true).ok) {
      graduates -= 1;
      const e = enrol(who, 'pool', poolSince);
      const step = (to: string, onDate: IsoDate, extra: Record<string, unknown>) => {
        const input = transitionInput.parse({ recordId: e.rec.id, version: e.rec.version, to, onDate, ...extra });
        e.rec = transition(ctx, input).record;
      };
      const reason = rng.pick(data.UNIVERSITIES);
      step('deferred', poolSince, { legalPoint: 'g', studyDeferral: true, note: data.EARLIER_STUDY_NOTE, reason });
      step('pool', toIsoDate(workYear, 7, rng.int(1, 15)), { note: data.GRADUATED_NOTE });
    }
  }
  return entries;
}

/** Next year's campaign: whoever the roll-over carried, then this year's 17-year-olds. */
export function enrolNextYear(
  ctx: ApiContext,
  rng: Random,
  campaignId: string,
  workYear: number,
  conscripts: readonly Conscript[],
  today: IsoDate,
): Entry[] {
  const rows = new Map<string, ConscriptionRecordView>();
  for (let page = 1; ; page++) {
    const result = listRecords(ctx, recordListInput.parse({ campaignId, page, pageSize: 500 }));
    for (const row of result.rows) rows.set(row.personId, row);
    if (page * result.pageSize >= result.total) break;
  }
  const entries = conscripts.flatMap((who) => {
    const rec = rows.get(who.personId);
    return rec ? [{ who, rec }] : [];
  });
  register(rng, workYear, conscripts, today, enroller(ctx, campaignId, entries));
  return entries;
}

/**
 * How a demo citizen registered: since Law 98/2025/QH15 (01/07/2025) one in three online, the rest in
 * person; before it, not recorded (records kept before the program asked). By position, not by the
 * random source, so the rest of the demo stays as it was.
 */
function methodOf(onDate: IsoDate, i: number): RegistrationMethod | undefined {
  if (onDate < onlineRegistrationSince()) return undefined;
  return i % 3 === 1 ? 'online' : 'in_person';
}

/**
 * April: the males turning 17 in `workYear` register for the first time
 * (Art. 16) with a certificate number; one severely disabled is exempt from
 * registering (Art. 14). Dated no later than `latest`.
 */
function register(rng: Random, workYear: number, conscripts: readonly Conscript[], latest: IsoDate, enrol: Enrol) {
  const turning17 = conscripts.filter((c) => Number(c.birthDate.slice(0, 4)) === workYear - 17);
  const exempt = rng.int(0, turning17.length - 1);
  let certificate = 0;
  turning17.forEach((who, i) => {
    const april = toIsoDate(workYear, 4, rng.int(8, 20));
    const onDate = april < latest ? april : latest;
    if (i === exempt) enrol(who, 'registration_exempt', onDate, { note: data.REGISTRATION_EXEMPT_NOTE });
    else {
      const registrationCertificate = `${String(++certificate).padStart(3, '0')}/GCN`;
      enrol(who, 'first_registered', onDate, { registrationCertificate, registrationMethod: methodOf(onDate, i) });
    }
  });
}
