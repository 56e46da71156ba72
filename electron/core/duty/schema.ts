import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, optionalText, recordId, requiredText, version } from '../shared/fields';
import { isLocalDateTime, isTimeOfDay } from './local-time';
import type { IsoDate } from '../shared/dates';

/** Chỉ huy trực, trực ban, trực chiến. */
export const dutyRoles = ['commander', 'duty_officer', 'member'] as const;
export type DutyRole = (typeof dutyRoles)[number];

const localDateTime = z
  .string({ error: vi.duty.invalidDateTime })
  .refine(isLocalDateTime, { error: vi.duty.invalidDateTime });
/** 'HH:MM', or '' when not recorded. */
const timeOfDay = z
  .string({ error: vi.duty.invalidTime })
  .refine((v) => v === '' || isTimeOfDay(v), { error: vi.duty.invalidTime })
  .default('');
const count = z.number({ error: vi.field.invalid }).int({ error: vi.field.notAnInteger }).min(0).max(10_000).default(0);

/** A month ({ year, month }) or one day ({ day }). */
export const dutyPeriodInput = z.union(
  [
    z.strictObject({
      year: z.number().int().min(1900).max(2999),
      month: z.number().int().min(1).max(12),
    }),
    z.strictObject({ day: isoDate }),
  ],
  { error: vi.duty.listNeedsMonthOrDay },
);
export type DutyPeriod = z.output<typeof dutyPeriodInput>;

export const dutyIdInput = z.strictObject({ id: recordId });
export const dutyDeleteInput = z.strictObject({ id: recordId, version });

const shiftFields = {
  personId: recordId,
  startsAt: localDateTime,
  endsAt: localDateTime,
  role: z.enum(dutyRoles, { error: vi.field.required }),
  notes: optionalText(500),
};
export const shiftCreateInput = z.strictObject(shiftFields);
export const shiftUpdateInput = z.strictObject({ id: recordId, version, ...shiftFields });
export type ShiftFields = z.output<typeof shiftCreateInput>;
export type ShiftUpdateInput = z.output<typeof shiftUpdateInput>;

const incidentFields = {
  occurredAt: localDateTime,
  description: requiredText(2000),
  actionTaken: optionalText(2000),
  reportedBy: optionalText(120),
};
export const incidentCreateInput = z.strictObject(incidentFields);
export const incidentUpdateInput = z.strictObject({ id: recordId, version, ...incidentFields });
export type IncidentFields = z.output<typeof incidentCreateInput>;
export type IncidentUpdateInput = z.output<typeof incidentUpdateInput>;

const patrolFields = {
  onDate: isoDate,
  startsAt: timeOfDay,
  endsAt: timeOfDay,
  area: requiredText(300),
  localityId: recordId.nullable().default(null),
  leader: optionalText(120),
  militiaCount: count,
  policeCount: count,
  otherCount: count,
  forcesNote: optionalText(500),
  result: optionalText(2000),
};
export const patrolCreateInput = z.strictObject(patrolFields);
export const patrolUpdateInput = z.strictObject({ id: recordId, version, ...patrolFields });
export type PatrolFields = z.output<typeof patrolCreateInput>;
export type PatrolUpdateInput = z.output<typeof patrolUpdateInput>;

/** Patrols of a year, or of one month in it. */
export const patrolListInput = z.strictObject({
  year: z.number().int().min(1900).max(2999),
  month: z.number().int().min(1).max(12).optional(),
});

/** "Copy last week": the shifts of `days` days from sourceFrom, to the same times from targetFrom. */
export const shiftCopyInput = z.strictObject({
  sourceFrom: isoDate,
  targetFrom: isoDate,
  days: z.number().int().min(1).max(31).default(7),
});

export const dutyFiguresInput = z.strictObject({ from: isoDate, to: isoDate });
export const dutyCandidatesInput = z.strictObject({});

export interface DutyShift {
  id: string;
  personId: string;
  personName: string;
  startsAt: string;
  endsAt: string;
  role: DutyRole;
  notes: string;
  version: number;
}

/** A day whose roster breaks a soft rule (no commander): shown, not refused. */
export interface DutyDayWarning {
  day: string;
  code: string;
  message: string;
}

export interface DutyShiftList {
  shifts: DutyShift[];
  warnings: DutyDayWarning[];
}

export interface DutyIncident {
  id: string;
  occurredAt: string;
  description: string;
  actionTaken: string;
  reportedBy: string;
  version: number;
}

export interface Patrol {
  id: string;
  onDate: string;
  startsAt: string;
  endsAt: string;
  area: string;
  localityId: string | null;
  localityName: string;
  leader: string;
  militiaCount: number;
  policeCount: number;
  otherCount: number;
  forcesNote: string;
  result: string;
  version: number;
}

/** Someone the office usually puts on duty: its staff and militia members (anyone in the register may be). */
export interface DutyCandidate {
  personId: string;
  fullName: string;
  group: 'staff' | 'militia';
  /** Position (staff) or unit (militia). */
  detail: string;
}

export interface DutyFigures {
  /** Days in the range whose roster has at least one shift (a shift belongs to the day it starts). */
  dutyDays: number;
  shifts: number;
  incidents: number;
  patrols: number;
  /** Militia + police + other, summed over the patrols. */
  patrolPersonnel: number;
}

/** How the roster covered a range: its days, those with a shift, and the runs of days without one. */
export interface DutyCoverage {
  /** Days in the range (both ends counted). */
  days: number;
  /** Days with at least one shift starting on them. */
  covered: number;
  /** Runs of consecutive days without a shift, in date order (a one-day gap has from = to). */
  gaps: Array<{ from: IsoDate; to: IsoDate }>;
}
