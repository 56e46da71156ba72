import type { Core } from '../../app-core';
import { call } from '../../db/test-helpers';
import type { Person } from '../../people';
import type { Campaign } from '../campaigns/schema';
import type { StepResult } from './service';
import type { ConscriptionRecordView } from './view';

let serial = 0;

/** A campaign with one ward's quota, created through the API. */
export async function campaignWithQuota(
  core: Core,
  values: { year: number; handoverStart: string; localityId: string; army: number; police?: number },
): Promise<Campaign> {
  const created = await call<Campaign>(core, 'conscription.campaign.create', {
    year: values.year,
    handoverStart: values.handoverStart,
    handoverEnd: values.handoverStart,
  });
  return call<Campaign>(core, 'conscription.campaign.setQuotas', {
    campaignId: created.id,
    version: created.version,
    quotas: [{ localityId: values.localityId, army: values.army, police: values.police ?? 0 }],
  });
}

/**
 * A young man taken through the year's steps up to a call-up order signed on `orderOn`
 * (pool → health exam class 1 → political review → official list → order), as the screens do.
 */
export async function orderedRecord(
  core: Core,
  values: { campaignId: string; localityId: string; fullName: string; orderOn: string; reportDate?: string },
): Promise<ConscriptionRecordView> {
  const [familyName, ...rest] = values.fullName.split(' ');
  const person = await call<Person>(core, 'people.create', {
    familyName,
    middleName: rest.slice(0, -1).join(' '),
    givenName: rest[rest.length - 1],
    birthDate: '2005-03-15',
    sex: 'M',
    citizenId: `006205${String(++serial).padStart(6, '0')}`,
    localityId: values.localityId,
  });
  let record = await call<ConscriptionRecordView>(core, 'conscription.record.create', {
    campaignId: values.campaignId,
    personId: person.id,
    state: 'pool',
    onDate: '2026-01-05',
  });
  record = (
    await call<StepResult>(core, 'conscription.record.healthExam', {
      recordId: record.id,
      version: record.version,
      onDate: '2026-01-10',
      healthClass: 1,
    })
  ).record;
  for (const to of ['political_review_passed', 'official_list', 'call_up_ordered']) {
    const order = to === 'call_up_ordered';
    const step = { recordId: record.id, version: record.version, to, onDate: order ? values.orderOn : '2026-01-15' };
    const extra = order && values.reportDate ? { reportDate: values.reportDate } : {};
    record = (await call<StepResult>(core, 'conscription.record.transition', { ...step, ...extra })).record;
  }
  return record;
}
