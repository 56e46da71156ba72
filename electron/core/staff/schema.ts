import { z } from 'zod';
import { vi } from '../messages/vi';
import { signerRoles } from '../office';
import { checkPhone, normalizePhone } from '../people';
import { isoDate, optionalText, recordId, requiredText, version } from '../shared/fields';

const optionalPhone = z
  .string()
  .transform((value) => (normalizePhone(value) === '' ? null : normalizePhone(value)))
  .nullable()
  .default(null);

const staffFields = {
  /** Free text as the office writes it: "Chỉ huy trưởng", "Trợ lý tác chiến", "Nhân viên"… */
  position: requiredText(120),
  /** Empty for employees without a military rank. */
  rank: optionalText(60),
  /** The work phone; the person's own phone stays on the people register. */
  phone: optionalPhone,
  /** Set for the staff who sign documents; they feed the office profile's signers. */
  signerRole: z.enum(signerRoles).nullable().default(null),
  signerTitle: optionalText(120),
  sortOrder: z.number().int().min(0).max(999).default(0),
  startedOn: isoDate.nullable().default(null),
};

type StaffFieldsOut = { phone: string | null; signerRole: string | null; signerTitle: string };

/** The work phone is checked like a person's phone; a signer needs the title printed above the signature. */
function checkStaffFields(value: StaffFieldsOut, ctx: z.RefinementCtx): void {
  if (value.phone !== null) {
    const rule = checkPhone(value.phone);
    if (!rule.ok) ctx.addIssue({ code: 'custom', path: ['phone'], message: rule.message });
  }
  if (value.signerRole !== null && value.signerTitle === '') {
    ctx.addIssue({ code: 'custom', path: ['signerTitle'], message: vi.staff.signerTitleRequired });
  }
}

export const staffCreateInput = z.strictObject({ personId: recordId, ...staffFields }).superRefine(checkStaffFields);
export const staffUpdateInput = z.strictObject({ id: recordId, version, ...staffFields }).superRefine(checkStaffFields);
export const staffListInput = z.strictObject({ includeEnded: z.boolean().default(false) });
export const staffIdInput = z.strictObject({ id: recordId });
export const staffEndInput = z.strictObject({ id: recordId, version, endedOn: isoDate });
export const staffRestoreInput = z.strictObject({ id: recordId, version });
export const staffSyncSignersInput = z.strictObject({});

export type StaffCreateInput = z.output<typeof staffCreateInput>;
export type StaffUpdateInput = z.output<typeof staffUpdateInput>;
export type StaffFields = Omit<StaffCreateInput, 'personId'>;
export type SignerRole = (typeof signerRoles)[number];

/** One of the office's officers or employees, with what the list needs from the person. */
export interface StaffMember {
  id: string;
  personId: string;
  fullName: string;
  birthDate: string;
  sex: 'M' | 'F';
  position: string;
  rank: string;
  phone: string | null;
  signerRole: SignerRole | null;
  signerTitle: string;
  sortOrder: number;
  startedOn: string | null;
  endedOn: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
