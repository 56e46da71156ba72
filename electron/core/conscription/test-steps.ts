/**
 * Office steps for the core's tests: a conscription campaign and a citizen's record taken through
 * the year's steps, through the API as the campaign screens do. Each step starts from the version
 * the record stands at and returns the record after it, so a test chains them without counting
 * versions.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import { citizenIdFor, createPerson } from '../people/test-steps';
import type { Campaign } from './campaigns/schema';
import type { ConscriptionRecordView } from './records/view';

/** What a step needs of a record: which one, and the version it was read at. */
type RecordRef = { id: string; version: number };
type Extra = Record<string, unknown>;

export interface CampaignValues {
  year: number;
  handoverStart: string;
  /** The handover's last day; its first day unless told. */
  handoverEnd?: string;
}

export interface Quota {
  localityId: string;
  army: number;
  police?: number;
}

/** A campaign (`conscription.campaign.create`), then its quotas per ward/commune if given (`setQuotas`). */
export async function createCampaign(core: Core, values: CampaignValues, quotas: Quota[] = []): Promise<Campaign> {
  const created = await call<Campaign>(core, 'conscription.campaign.create', {
    year: values.year,
    handoverStart: values.handoverStart,
    handoverEnd: values.handoverEnd ?? values.handoverStart,
  });
  if (quotas.length === 0) return created;
  return call<Campaign>(core, 'conscription.campaign.setQuotas', {
    campaignId: created.id,
    version: created.version,
    quotas: quotas.map((q) => ({ localityId: q.localityId, army: q.army, police: q.police ?? 0 })),
  });
}

/** A person put on the campaign's list on `onDate`, in its pool unless told (`conscription.record.create`). */
export function enrolInCampaign(
  core: Core,
  values: { campaignId: string; personId: string; onDate: string; state?: string },
): Promise<ConscriptionRecordView> {
  return call<ConscriptionRecordView>(core, 'conscription.record.create', { state: 'pool', ...values });
}

/** What a record step answers: the record after it. */
async function recordAfter(core: Core, method: string, input: Extra): Promise<ConscriptionRecordView> {
  return (await call<{ record: ConscriptionRecordView }>(core, method, input)).record;
}

/** The health exam's class recorded on `onDate` (`conscription.record.healthExam`). */
export function examine(core: Core, record: RecordRef, onDate: string, healthClass: number, extra: Extra = {}) {
  const input = { recordId: record.id, version: record.version, onDate, healthClass, ...extra };
  return recordAfter(core, 'conscription.record.healthExam', input);
}

/** One step of the record's life to `to` on `onDate` (`conscription.record.transition`). */
export function transition(core: Core, record: RecordRef, to: string, onDate: string, extra: Extra = {}) {
  const input = { recordId: record.id, version: record.version, to, onDate, ...extra };
  return recordAfter(core, 'conscription.record.transition', input);
}

/** Steps one after the other on the same day, e.g. political review passed, then the official list. */
export async function transitionThrough(
  core: Core,
  record: ConscriptionRecordView,
  steps: readonly string[],
  onDate: string,
): Promise<ConscriptionRecordView> {
  let current = record;
  for (const to of steps) current = await transition(core, current, to, onDate);
  return current;
}

/** Records moved together to `to` (`conscription.record.transitionMany`), as the list's bulk action does. */
export async function transitionMany(
  core: Core,
  records: readonly RecordRef[],
  to: string,
  onDate: string,
  extra: Extra = {},
): Promise<ConscriptionRecordView[]> {
  const input = { records: records.map((r) => ({ id: r.id, version: r.version })), to, onDate, ...extra };
  return (await call<{ records: ConscriptionRecordView[] }>(core, 'conscription.record.transitionMany', input)).records;
}

/** Where and when the call-up orders of the tests' campaigns tell the citizens to report. */
export const REPORT_AT_STADIUM = { reportTime: '07:30', reportPlace: 'Sân vận động thành phố Bắc Kạn' } as const;

/** The steps from the health exam to the official list that every citizen called up takes. */
export const TO_OFFICIAL_LIST = ['political_review_passed', 'official_list'] as const;

let serial = 0;

/**
 * A young man taken through the year's steps up to a call-up order signed on `orderOn`
 * (pool → health exam class 1 → political review → official list → order), as the screens do.
 */
export async function orderedRecord(
  core: Core,
  values: { campaignId: string; localityId: string; fullName: string; orderOn: string; reportDate?: string },
): Promise<ConscriptionRecordView> {
  const person = await createPerson(core, values.fullName, {
    birthDate: '2005-03-15',
    sex: 'M',
    citizenId: citizenIdFor('2005-03-15', 'M', ++serial),
    localityId: values.localityId,
  });
  let record = await enrolInCampaign(core, {
    campaignId: values.campaignId,
    personId: person.id,
    onDate: '2026-01-05',
  });
  record = await examine(core, record, '2026-01-10', 1);
  record = await transitionThrough(core, record, TO_OFFICIAL_LIST, '2026-01-15');
  const extra = values.reportDate ? { reportDate: values.reportDate } : {};
  return transition(core, record, 'call_up_ordered', values.orderOn, extra);
}
