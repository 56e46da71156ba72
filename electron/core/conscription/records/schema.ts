import { z } from 'zod';
import { vi } from '../../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, searchText, version } from '../../shared/fields';
import { HEALTH_SPECIALTIES } from '../../../../vocabulary/health-exam';
import { CONSCRIPTION_STATES, HEALTH_CLASSES, INITIAL_STATES, REGISTRATION_METHODS, SERVICE_BRANCHES } from '../states';

const state = z.enum(CONSCRIPTION_STATES);
const healthClass = z.number().int().min(1).max(HEALTH_CLASSES.length);
const reportTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/)
  .default('');

/** In person or online (Art. 16 as amended by Law 98/2025/QH15); unsaid = not recorded. */
const registrationMethod = z
  .enum(REGISTRATION_METHODS, { error: vi.conscription.record.registrationMethodInvalid })
  .optional();

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
  registrationMethod,
};

export const recordCreateInput = z.strictObject({
  campaignId: recordId,
  personId: recordId,
  state: z.enum(INITIAL_STATES as unknown as [string, ...string[]]),
  onDate: isoDate,
  note: optionalText(1000),
  registrationCertificate: optionalText(60),
  registrationMethod,
});

export const transitionInput = z.strictObject({
  recordId,
  version,
  to: state,
  ...stepFields,
  /**
   * Handing over a citizen the law's re-check refuses (a corrected birth date, a new exam…) is allowed
   * only as an exception with its reason; recorded on the step, so the history and audit show it.
   * One citizen at a time: never in a bulk step.
   */
  exceptionReason: optionalText(1000),
});

/** The same step for many citizens at once, all or nothing; call-up orders are numbered in the given order. */
export const transitionManyInput = z.strictObject({
  records: z
    .array(z.strictObject({ id: recordId, version }))
    .min(1)
    .max(5000),
  to: state,
  ...stepFields,
});

/** A measure from the exam sheet, or null when the sheet does not give it. */
const measure = (min: number, max: number) => z.number().min(min).max(max).nullable().default(null);

/**
 * The exam sheet's figures (Circular 68/2025/TT-BQP judges them, see health-standards.ts): height in
 * cm, weight in kg, and each eye's refraction as one signed figure in dioptres (negative = myopia,
 * positive = hyperopia), in the 0.25 D steps an optometrist writes.
 */
export const healthMeasuresFields = {
  heightCm: measure(100, 230),
  weightKg: measure(25, 250),
  refractionRight: measure(-30, 30).refine((d) => d === null || Number.isInteger(d * 4), { error: vi.field.invalid }),
  refractionLeft: measure(-30, 30).refine((d) => d === null || Number.isInteger(d * 4), { error: vi.field.invalid }),
  /** A short note per specialty of the exam sheet (internal medicine, surgery, eyes, ENT, dental …). */
  specialtyNotes: z.partialRecord(z.enum(HEALTH_SPECIALTIES), optionalText(300)).default({}),
};

export const healthExamInput = z.strictObject({
  recordId,
  version,
  /** A recorded correction of a closed campaign's exam result; needs a note. */
  isCorrection: z.boolean().default(false),
  onDate: isoDate,
  healthClass,
  healthNotes: optionalText(500),
  ...healthMeasuresFields,
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
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
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
export type HealthExamInput = z.output<typeof healthExamInput>;
/** What a step records; the exam's measures come only from the health exam method. */
export type StepInput = Omit<TransitionInput, 'recordId' | 'version' | 'to' | 'exceptionReason'> & {
  exceptionReason?: string;
  measures?: ExamMeasures;
};
/** The exam sheet's figures as a step carries them. */
export type ExamMeasures = Pick<
  HealthExamInput,
  'heightCm' | 'weightKg' | 'refractionRight' | 'refractionLeft' | 'specialtyNotes'
>;
export type RecordListInput = z.output<typeof recordListInput>;
export type OrderDeliveredInput = z.output<typeof orderDeliveredInput>;

/** Undo of a record's last step: the reason is required (it stays in the history and the audit). */
export const undoStepInput = z.strictObject({ recordId, version, reason: requiredText(500) });
export type UndoStepInput = z.output<typeof undoStepInput>;
