import { z } from 'zod';
import { isoDate, optionalText, paging, recordId, searchText, version } from '../../shared/fields';
import { CONSCRIPTION_STATES, HEALTH_CLASSES, INITIAL_STATES, SERVICE_BRANCHES } from '../states';

const state = z.enum(CONSCRIPTION_STATES);
const healthClass = z.number().int().min(1).max(HEALTH_CLASSES.length);
const reportTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/)
  .default('');

/** What a step may record; which fields a step needs is checked by the service (see transition-facts.ts). */
const stepFields = {
  onDate: isoDate,
  note: optionalText(1000),
  documentNumber: optionalText(60),
  /** A correction of a closed campaign or outside the normal order; recorded as such and needs a note. */
  isCorrection: z.boolean().default(false),
  registrationCertificate: optionalText(60),
  healthClass: healthClass.optional(),
  healthNotes: optionalText(500),
  legalPoint: z.string().trim().max(4).optional(),
  deferralYear: z.number().int().min(2000).max(2200).optional(),
  studyDeferral: z.boolean().optional(),
  orderNumber: z.number().int().min(1).max(99_999).optional(),
  reportDate: isoDate.optional(),
  reportTime,
  reportPlace: optionalText(300),
  receivingUnit: optionalText(200),
  branch: z.enum(SERVICE_BRANCHES).optional(),
  reason: optionalText(500),
};

export const recordCreateInput = z.strictObject({
  campaignId: recordId,
  personId: recordId,
  state: z.enum(INITIAL_STATES as unknown as [string, ...string[]]),
  onDate: isoDate,
  note: optionalText(1000),
  registrationCertificate: optionalText(60),
});

export const transitionInput = z.strictObject({ recordId, version, to: state, ...stepFields });

/** The same step for many citizens at once, all or nothing; call-up orders are numbered in the given order. */
export const transitionManyInput = z.strictObject({
  records: z
    .array(z.strictObject({ id: recordId, version }))
    .min(1)
    .max(5000),
  to: state,
  ...stepFields,
});

export const healthExamInput = z.strictObject({
  recordId,
  version,
  /** A recorded correction of a closed campaign's exam result; needs a note. */
  isCorrection: z.boolean().default(false),
  onDate: isoDate,
  healthClass,
  healthNotes: optionalText(500),
  note: optionalText(1000),
  documentNumber: optionalText(60),
});

export const recordListInput = z.strictObject({
  campaignId: recordId,
  states: z.array(state).max(CONSCRIPTION_STATES.length).default([]),
  localityId: recordId.optional(),
  search: searchText,
  healthClass: healthClass.optional(),
  /** Age on the campaign's first handover day. */
  ageFrom: z.number().int().min(0).max(120).optional(),
  ageTo: z.number().int().min(0).max(120).optional(),
  sort: z.enum(['locality', 'name', 'orderNumber']).default('locality'),
  ...paging(500, 50),
});

export const recordIdInput = z.strictObject({ id: recordId });

/** The day the call-up order reached the citizen; null clears it. */
export const orderDeliveredInput = z.strictObject({ id: recordId, version, deliveredOn: isoDate.nullable() });

export const rollOverInput = z.strictObject({
  fromCampaignId: recordId,
  toCampaignId: recordId,
  onDate: isoDate,
});

export const age17ListInput = z.strictObject({
  year: z.number().int().min(2000).max(2200),
  ...paging(500, 50),
});

export type RecordCreateInput = z.output<typeof recordCreateInput>;
export type TransitionInput = z.output<typeof transitionInput>;
export type TransitionManyInput = z.output<typeof transitionManyInput>;
export type StepInput = Omit<TransitionInput, 'recordId' | 'version' | 'to'>;
export type RecordListInput = z.output<typeof recordListInput>;
export type OrderDeliveredInput = z.output<typeof orderDeliveredInput>;
