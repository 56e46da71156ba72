import { z } from 'zod';
import { vi } from '../messages/vi';
import { requiredText, optionalText } from '../shared/fields';

export const signerRoles = ['commander', 'political_officer', 'deputy'] as const;

export const signerSchema = z.strictObject({
  role: z.enum(signerRoles, { error: vi.field.required }),
  /** The title printed above the signature, e.g. "CHỈ HUY TRƯỞNG". */
  title: requiredText(120),
  /** Armed-forces documents may put the rank before the name (Decree 30 allows it). */
  rank: optionalText(60),
  name: requiredText(120),
});

export const officeProfileInput = z.strictObject({
  name: requiredText(200),
  parentBody: requiredText(200),
  placeName: requiredText(100),
  symbol: requiredText(20),
  signers: z
    .array(signerSchema, { error: vi.field.signersRequired })
    .min(1, { error: vi.field.signersRequired })
    .max(10),
  /** The version the form was loaded with; absent when the profile is first created. */
  version: z.number().int().positive().optional(),
});

export type Signer = z.output<typeof signerSchema>;
export type OfficeProfileInput = z.output<typeof officeProfileInput>;

/** The stored profile: what the form saves, with when it was saved and its version. */
export interface OfficeProfile extends Omit<OfficeProfileInput, 'version'> {
  updatedAt: string;
  version: number;
}
