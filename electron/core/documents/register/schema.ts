import { z } from 'zod';
import { isoDate, recordId, requiredText, version } from '../../shared/fields';
import { documentKinds } from '../generate-schema';

export const registerListInput = z.strictObject({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
  year: z.number().int().min(2000).max(2200).optional(),
  kind: z.enum(documentKinds).optional(),
  typeCode: z.string().trim().max(6).optional(),
  /** Words of the summary (trích yếu) or the file name. */
  search: z.string().trim().max(200).optional(),
});
export type RegisterListInput = z.output<typeof registerListInput>;

export const registerIdInput = z.strictObject({ id: recordId });

export const registerRegenerateInput = z.strictObject({
  id: recordId,
  /** The new document's date (default: today). */
  date: isoDate.optional(),
});
export type RegisterRegenerateInput = z.output<typeof registerRegenerateInput>;

export const registerWithdrawInput = z.strictObject({
  id: recordId,
  version,
  /** Why it is withdrawn (required): the register shows it beside the entry. */
  reason: requiredText(500),
});
export type RegisterWithdrawInput = z.output<typeof registerWithdrawInput>;
