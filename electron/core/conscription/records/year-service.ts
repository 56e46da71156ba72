import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { timestamp } from '../../db/records';
import { statement } from '../../db/statements';
import { localityNameOn } from '../../localities';
import { vi } from '../../messages/vi';
import { listPeople } from '../../people';
import { localIsoDate } from '../../shared/dates';
import { inTransaction } from '../../kernel/transaction';
import { getCampaign } from '../campaigns/service';
import { quotaStanding, type QuotaStanding } from '../quota';
import { checkCampaignOpen, turning17Year } from '../rules';
import { CONSCRIPTION_STATES, ROLL_OVER_STATES, type ConscriptionState, type RegistrationMethod } from '../states';
import * as repo from './repository';

/**
 * End of a campaign: everyone neither enlisted, exempted nor removed carries
 * into next year's pool in one action (those already there are left alone).
 */
export function rollOver(ctx: ApiContext, input: { fromCampaignId: string; toCampaignId: string; onDate: string }) {
  return inTransaction(ctx, () => {
    const from = getCampaign(ctx, input.fromCampaignId);
    const to = getCampaign(ctx, input.toCampaignId);
    if (to.year <= from.year) throw ApiError.fields({ toCampaignId: vi.conscription.campaign.rollOverOrder });
    const open = checkCampaignOpen(to.status, false);
    if (!open.ok) throw new ApiError(open.code, open.message, { toCampaignId: open.message });
    const candidates = statement(
      ctx.db,
      `SELECT r.person_id AS personId, r.state, r.registered_on AS registeredOn,
         r.registration_certificate AS registrationCertificate, r.registration_method AS registrationMethod,
         r.study_deferral AS studyDeferral
       FROM conscription_records r JOIN people p ON p.id = r.person_id
       WHERE r.campaign_id = ? AND p.archived_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM conscription_records n WHERE n.person_id = r.person_id AND n.campaign_id = ?)`,
    ).all(from.id, to.id) as Array<{
      personId: string;
      state: ConscriptionState;
      registeredOn: string | null;
      registrationCertificate: string;
      registrationMethod: RegistrationMethod | null;
      studyDeferral: number;
    }>;
    const at = timestamp(ctx.now());
    let carried = 0;
    for (const c of candidates.filter((c) => ROLL_OVER_STATES.includes(c.state))) {
      const id = repo.insertRecord(
        ctx.db,
        {
          personId: c.personId,
          campaignId: to.id,
          state: 'pool',
          stateSince: input.onDate,
          // What lasts beyond the year: the registration, and a study deferral's longer age limit (Art. 30).
          facts: {
            ...repo.EMPTY_FACTS,
            registeredOn: c.registeredOn,
            registrationCertificate: c.registrationCertificate,
            registrationMethod: c.registrationMethod,
            studyDeferral: c.studyDeferral === 1,
          },
        },
        at,
      );
      repo.insertTransition(
        ctx.db,
        {
          recordId: id,
          fromState: null,
          toState: 'pool',
          onDate: input.onDate,
          actor: ctx.actor,
          note: '',
          documentNumber: '',
          details: { carriedFrom: from.year, previousState: c.state },
          isCorrection: false,
        },
        at,
      );
      carried += 1;
    }
    ctx.log.info('conscription.roll_over', { from: from.year, to: to.year, carried });
    return { carried, skipped: candidates.length - carried };
  });
}

/** Males turning 17 in `year` (Art. 12(1), 16): the January list for first registration. */
export function age17List(ctx: ApiContext, input: { year: number; page: number; pageSize: number }) {
  const { birthYear } = turning17Year(input.year);
  const { rows, total } = listPeople(
    ctx.db,
    {
      page: input.page,
      pageSize: input.pageSize,
      search: '',
      sex: 'M',
      birthYearFrom: birthYear,
      birthYearTo: birthYear,
      archived: false,
      sort: 'locality',
      order: 'asc',
    },
    localIsoDate(ctx.now()),
  );
  return { rows, total, page: input.page, pageSize: input.pageSize, birthYear };
}

export interface LocalityProgress {
  localityId: string | null;
  localityName: string;
  quotaArmy: number;
  quotaPolice: number;
  officialList: number;
  /** Of the official list (and those gone on from it), whose branch is recorded as army / police. */
  officialArmy: number;
  officialPolice: number;
  /** Call-up orders issued (those since handed over included). */
  ordered: number;
  handedOverArmy: number;
  handedOverPolice: number;
  /** The official list (with those ordered and handed over) against the quota: over, under or met. */
  officialStanding: QuotaStanding;
  /** The handover against the quota. */
  handedOverStanding: QuotaStanding;
}

type Progress = Omit<LocalityProgress, 'officialStanding' | 'handedOverStanding'>;

/** Over, under or met, for the official list and for the handover (see quota.ts). */
function withStandings<T extends Omit<Progress, 'localityId' | 'localityName'>>(p: T) {
  const quota = { army: p.quotaArmy, police: p.quotaPolice };
  return {
    ...p,
    officialStanding: quotaStanding(quota, { total: p.officialList, army: p.officialArmy, police: p.officialPolice }),
    handedOverStanding: quotaStanding(quota, {
      total: p.handedOverArmy + p.handedOverPolice,
      army: p.handedOverArmy,
      police: p.handedOverPolice,
    }),
  };
}

/** The counts a ward/commune's progress adds up (everything but its quota and name). */
type Counts = Pick<
  Progress,
  'officialList' | 'officialArmy' | 'officialPolice' | 'ordered' | 'handedOverArmy' | 'handedOverPolice'
>;
const NO_PROGRESS: Counts = {
  officialList: 0,
  officialArmy: 0,
  officialPolice: 0,
  ordered: 0,
  handedOverArmy: 0,
  handedOverPolice: 0,
};
const addCounts = (a: Counts, b: Counts): Counts => ({
  officialList: a.officialList + b.officialList,
  officialArmy: a.officialArmy + b.officialArmy,
  officialPolice: a.officialPolice + b.officialPolice,
  ordered: a.ordered + b.ordered,
  handedOverArmy: a.handedOverArmy + b.handedOverArmy,
  handedOverPolice: a.handedOverPolice + b.handedOverPolice,
});

/**
 * The campaign at a glance: how many citizens are in each state, and per
 * ward/commune the quota against the official list and the handover.
 * People in a village count for the ward or commune above it.
 */
export function campaignDashboard(ctx: ApiContext, campaignId: string) {
  const campaign = getCampaign(ctx, campaignId);
  const counts = Object.fromEntries(CONSCRIPTION_STATES.map((s) => [s, 0])) as Record<ConscriptionState, number>;
  const stateRows = statement(
    ctx.db,
    `SELECT state, COUNT(*) AS n FROM conscription_records WHERE campaign_id = ? GROUP BY state`,
  ).all(campaignId) as Array<{ state: ConscriptionState; n: number }>;
  for (const row of stateRows) counts[row.state] = row.n;

  // One pass over the campaign's records, read from covering indexes (migration 0016). INDEXED BY:
  // without statistics SQLite prefers the primary-key index and then reads each wide people row.
  const progressRows = statement(
    ctx.db,
    `SELECT COALESCE(l.parent_id, l.id) AS top_id,
       SUM(r.state IN ('official_list', 'call_up_ordered', 'handed_over')) AS official,
       SUM(r.state IN ('official_list', 'call_up_ordered', 'handed_over') AND r.branch = 'army') AS official_army,
       SUM(r.state IN ('official_list', 'call_up_ordered', 'handed_over') AND r.branch = 'police') AS official_police,
       SUM(r.state IN ('call_up_ordered', 'handed_over')) AS ordered,
       SUM(r.state = 'handed_over' AND r.branch = 'army') AS army,
       SUM(r.state = 'handed_over' AND r.branch = 'police') AS police
     FROM conscription_records r JOIN people p INDEXED BY people_id_locality ON p.id = r.person_id
       LEFT JOIN localities l ON l.id = p.locality_id
     WHERE r.campaign_id = ? GROUP BY top_id`,
  ).all(campaignId) as Array<{
    top_id: string | null;
    official: number;
    official_army: number;
    official_police: number;
    ordered: number;
    army: number;
    police: number;
  }>;
  const byLocality = new Map<string | null, Progress>();
  for (const q of campaign.quotas) {
    byLocality.set(q.localityId, {
      localityId: q.localityId,
      localityName: q.localityName,
      quotaArmy: q.army,
      quotaPolice: q.police,
      ...NO_PROGRESS,
    });
  }
  const nameOf = statement(ctx.db, `SELECT ${localityNameOn('l.id')} AS name FROM localities l WHERE l.id = @id`);
  for (const row of progressRows) {
    const entry = byLocality.get(row.top_id) ?? {
      localityId: row.top_id,
      localityName: row.top_id
        ? ((nameOf.get({ id: row.top_id, asOf: campaign.handoverStart }) as { name: string } | undefined)?.name ?? '')
        : '',
      quotaArmy: 0,
      quotaPolice: 0,
      ...NO_PROGRESS,
    };
    byLocality.set(row.top_id, {
      ...entry,
      ...addCounts(entry, {
        officialList: row.official,
        officialArmy: row.official_army,
        officialPolice: row.official_police,
        ordered: row.ordered,
        handedOverArmy: row.army,
        handedOverPolice: row.police,
      }),
    });
  }
  const collator = new Intl.Collator('vi');
  const localities: LocalityProgress[] = [...byLocality.values()]
    .sort((a, b) => collator.compare(a.localityName, b.localityName))
    .map(withStandings);
  const sums = localities.reduce<Counts & Pick<Progress, 'quotaArmy' | 'quotaPolice'>>(
    (t, l) => ({
      quotaArmy: t.quotaArmy + l.quotaArmy,
      quotaPolice: t.quotaPolice + l.quotaPolice,
      ...addCounts(t, l),
    }),
    { quotaArmy: 0, quotaPolice: 0, ...NO_PROGRESS },
  );
  // The whole campaign's standing: the sums, not a count of the wards over or under.
  return { campaignId, states: counts, localities, totals: withStandings(sums) };
}
