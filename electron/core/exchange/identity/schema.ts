import { z } from 'zod';
import { type officeKindLabels } from '../../../../vocabulary/office';
import { vi } from '../../messages/vi';
import { recordId, requiredText, version } from '../../shared/fields';
import { officeCodeSchema } from '../format/manifest';

/**
 * The kinds of office that exchange data since 01/07/2025: a ward/commune command, a regional
 * defence board, a provincial command. A city/district command (dissolved) has no exchange code.
 */
export const exchangeOfficeKinds = ['ward_commune', 'regional_defence', 'provincial'] as const satisfies ReadonlyArray<
  keyof typeof officeKindLabels
>;
export type ExchangeOfficeKind = (typeof exchangeOfficeKinds)[number];

export const partnerRoles = ['sender', 'recipient'] as const;
export type PartnerRole = (typeof partnerRoles)[number];

/** Typed from paper: spaces around are dropped, letters upper-cased ("19-kv1" is "19-KV1"). */
const officeCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, { error: vi.field.required })
  .refine((code) => officeCodeSchema.safeParse(code).success, { error: vi.exchange.identity.codeInvalid });

const officeFields = {
  officeCode,
  officeName: requiredText(200),
  officeKind: z.enum(exchangeOfficeKinds, { error: vi.field.required }),
};

export const identitySetupInput = z.strictObject({
  ...officeFields,
  /** The identity's version as the form loaded it; absent the first time. */
  version: version.optional(),
});

const reason = z.string().trim().min(1, { error: vi.exchange.identity.reasonRequired }).max(500);

export const replaceKeyInput = z.strictObject({ reason, version });

/** A key typed from the sheet: normalised and checked against its fingerprint by the service. */
const typedKey = {
  publicKey: z.string().max(200),
  fingerprint: z.string().trim().min(1, { error: vi.exchange.identity.fingerprintRequired }).max(80),
};

export const partnerListInput = z.strictObject({ includeRemoved: z.boolean().default(false) });

export const partnerAddInput = z.strictObject({
  role: z.enum(partnerRoles, { error: vi.field.required }),
  ...officeFields,
  ...typedKey,
});

export const partnerAddKeyInput = z.strictObject({ partnerId: recordId, ...typedKey });

export const checkKeyInput = z.strictObject({ publicKey: z.string().max(200) });

export const revokeKeyInput = z.strictObject({ keyId: recordId, reason, version });

export const partnerRemoveInput = z.strictObject({ partnerId: recordId, version });

export const inspectEnrolmentInput = z.strictObject({
  fileName: z.string().max(260),
  /** The file's bytes; an enrolment file is a few hundred bytes. */
  base64: z.string().max(20_000),
});

/** What an office hands over on a USB stick instead of (or besides) the paper sheet. */
export const ENROLMENT_FORMAT = 'qsdp-enrolment';
export const ENROLMENT_FORMAT_VERSION = 1;

export const enrolmentFileSchema = z.object({
  format: z.literal(ENROLMENT_FORMAT),
  formatVersion: z.number().int().positive(),
  officeCode: officeCodeSchema,
  officeName: z.string().min(1).max(200),
  officeKind: z.enum(exchangeOfficeKinds),
  publicKey: z.string().max(200),
  fingerprint: z.string().max(80),
});
export type EnrolmentFile = z.infer<typeof enrolmentFileSchema>;

export interface RetiredKey {
  fingerprint: string;
  createdAt: string;
  retiredAt: string;
}

export interface ExchangeIdentity {
  officeCode: string;
  officeName: string;
  officeKind: ExchangeOfficeKind;
  /** In groups of four, upper case, as printed on the sheet. */
  publicKey: string;
  fingerprint: string;
  createdAt: string;
  version: number;
  retiredKeys: RetiredKey[];
}

export interface PartnerKey {
  id: string;
  publicKey: string;
  fingerprint: string;
  createdAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
  revokedBy: string | null;
  version: number;
}

export interface ExchangePartner {
  id: string;
  role: PartnerRole;
  officeCode: string;
  officeName: string;
  officeKind: ExchangeOfficeKind;
  removedAt: string | null;
  createdAt: string;
  version: number;
  keys: PartnerKey[];
}

/** A parsed enrolment file, to prefill the add-partner form. */
export interface EnrolmentPreview {
  officeCode: string;
  officeName: string;
  officeKind: ExchangeOfficeKind;
  publicKey: string;
  fingerprint: string;
}

export interface ExchangeFile {
  fileName: string;
  mimeType: string;
  base64: string;
}
