import type { z } from 'zod';
import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { format, vi } from '../../messages/vi';
import { groupedKey, keyFingerprint, normalizePublicKey } from '../format/keys';
import { sameFingerprint } from './rules';
import {
  ENROLMENT_FORMAT,
  ENROLMENT_FORMAT_VERSION,
  enrolmentFileSchema,
  type EnrolmentFile,
  type EnrolmentPreview,
  type ExchangeFile,
  type ExchangeOfficeKind,
  type inspectEnrolmentInput,
} from './schema';
import { mustHaveIdentity } from './service';

/**
 * The enrolment file: what the paper sheet says, as a small JSON file for a USB stick, so the
 * receiving office "scans it in" instead of typing 64 characters.
 */
export function enrolmentFile(ctx: ApiContext): ExchangeFile {
  const row = mustHaveIdentity(ctx);
  const content: EnrolmentFile = {
    format: ENROLMENT_FORMAT,
    formatVersion: ENROLMENT_FORMAT_VERSION,
    officeCode: row.office_code,
    officeName: row.office_name,
    officeKind: row.office_kind as ExchangeOfficeKind,
    publicKey: row.public_key,
    fingerprint: keyFingerprint(row.public_key),
  };
  return {
    fileName: `dang-ky-${row.office_code}.qsdp-key.json`,
    mimeType: 'application/json',
    base64: Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8').toString('base64'),
  };
}

function invalid(): ApiError {
  return ApiError.of('EXCHANGE_ENROLMENT_INVALID');
}

/**
 * Reads another office's enrolment file to prefill the add-partner form. The file carries its own
 * fingerprint: a key that does not hash to it was changed on the way, and is refused.
 */
export function inspectEnrolment(_ctx: ApiContext, input: z.output<typeof inspectEnrolmentInput>): EnrolmentPreview {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(input.base64, 'base64').toString('utf8'));
  } catch {
    throw invalid();
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > ENROLMENT_FORMAT_VERSION) {
    throw ApiError.of('EXCHANGE_ENROLMENT_NEWER', { version });
  }
  const parsed = enrolmentFileSchema.safeParse(json);
  if (!parsed.success) throw invalid();
  const publicKey = normalizePublicKey(parsed.data.publicKey);
  if (!publicKey || !sameFingerprint(parsed.data.fingerprint, keyFingerprint(publicKey))) throw invalid();
  return {
    officeCode: parsed.data.officeCode,
    officeName: parsed.data.officeName,
    officeKind: parsed.data.officeKind,
    publicKey: groupedKey(publicKey),
    fingerprint: keyFingerprint(publicKey),
  };
}

/** The file name of the printed sheet. */
export function sheetFileName(officeCode: string): string {
  return format(vi.exchange.identity.sheet.fileName, { code: officeCode });
}
