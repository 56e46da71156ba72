import { z } from 'zod';
import { officeKinds, type OfficeKind } from '../../../vocabulary/office';
import { vi } from '../messages/vi';
import { isoDate, recordId, requiredText, optionalText } from '../shared/fields';
import type { IsoDate } from '../shared/dates';

export const signerRoles = ['commander', 'political_officer', 'deputy'] as const;

export const signerSchema = z.strictObject({
  role: z.enum(signerRoles, { error: vi.field.required }),
  /** The title printed above the signature, e.g. "CHỈ HUY TRƯỞNG". */
  title: requiredText(120),
  /** Armed-forces documents may put the rank before the name (Decree 30 allows it). */
  rank: optionalText(60),
  name: requiredText(120),
});

/**
 * The ward/commune People's Committee and its chair: since Law 98/2025/QH15 and Decree 220/2025/NĐ-CP
 * the commune chairman calls first registration and signs the registration certificate, so those
 * documents are issued by the committee, not the command (issuing-authority.ts).
 */
export const peopleCommitteeSchema = z.strictObject({
  /** e.g. "Ủy ban nhân dân phường Đức Xuân"; printed upper case as the issuing body. */
  name: requiredText(200),
  chairName: requiredText(120),
});

/** What one period of the profile holds: who the office is, under whom, and who signs. */
const profileFields = {
  /** Absent on update: the period keeps its kind (callers that only rewrite signers need not know it). */
  kind: z.enum(officeKinds, { error: vi.field.required }).optional(),
  name: requiredText(200),
  parentBody: requiredText(200),
  placeName: requiredText(100),
  symbol: requiredText(20),
  signers: z
    .array(signerSchema, { error: vi.field.signersRequired })
    .min(1, { error: vi.field.signersRequired })
    .max(10),
  /** Absent on update: kept; null: none. */
  peopleCommittee: peopleCommitteeSchema.nullable().optional(),
};

export const officeProfileInput = z.strictObject({
  ...profileFields,
  /** The period the form was loaded from (default: the one in force today, or the first on first run). */
  periodId: recordId.optional(),
  /** The version the form was loaded with; absent when the profile is first created. */
  version: z.number().int().positive().optional(),
});

/** A new period of the profile, in force from `validFrom` (the day the office became what it now is). */
export const officePeriodInput = z.strictObject({
  ...profileFields,
  kind: z.enum(officeKinds, { error: vi.field.required }),
  validFrom: isoDate,
});

export const officeGetInput = z.strictObject({
  /** The profile in force on this day (default: today). */
  on: isoDate.optional(),
});

export type Signer = z.output<typeof signerSchema>;
export type PeopleCommittee = z.output<typeof peopleCommitteeSchema>;
export type OfficeProfileInput = z.output<typeof officeProfileInput>;
export type OfficePeriodInput = z.output<typeof officePeriodInput>;

/** One stored period: what the form saves, from when it is in force, when it was saved and its version. */
export interface OfficeProfile extends Omit<OfficeProfileInput, 'version' | 'periodId' | 'kind' | 'peopleCommittee'> {
  id: string;
  kind: OfficeKind;
  /** null: the first period, in force since the office's records begin. */
  validFrom: IsoDate | null;
  peopleCommittee: PeopleCommittee | null;
  updatedAt: string;
  version: number;
}
