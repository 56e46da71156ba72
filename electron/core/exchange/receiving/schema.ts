import { z } from 'zod';
import { upwardEntityNames } from '../entities';

/** API inputs of the receiving side (issue 20 §3). */

const officeCode = z.string().regex(/^[0-9A-Z-]{2,20}$/);
const id = z.string().min(1).max(64);

export const receiveInput = z.strictObject({
  fileName: z.string().min(1).max(255),
  /** The bundle file's bytes; a 600,000-person board's largest commune stays well under this. */
  base64: z.string().min(1).max(400_000_000),
});

export const noInput = z.strictObject({});

export const receivedPeopleListInput = z.strictObject({
  origin: officeCode.optional(),
  search: z.string().max(100).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export const receivedRecordInput = z.strictObject({
  origin: officeCode,
  entity: z.enum(upwardEntityNames as [string, ...string[]]),
  gid: id,
});

export const conflictListInput = z.strictObject({
  status: z.enum(['open', 'decided', 'sent', 'acknowledged']).optional(),
});

export const conflictIdInput = z.strictObject({ id });

export const conflictDecideInput = z.strictObject({
  id,
  outcome: z.enum(['belongs_to', 'different_people']),
  keeperOrigin: officeCode.nullable().optional(),
  note: z.string().max(1000).default(''),
  version: z.number().int().positive(),
});

export const correctionCreateInput = z.strictObject({
  origin: officeCode,
  entity: z.enum(upwardEntityNames as [string, ...string[]]),
  gid: id,
  field: z.string().min(1).max(64),
  newValue: z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]),
  reason: z.string().trim().min(1).max(1000),
});

export const correctionListInput = z.strictObject({
  origin: officeCode.optional(),
  status: z.enum(['draft', 'sent', 'accepted', 'rejected']).optional(),
});

export const correctionWithdrawInput = z.strictObject({ id, version: z.number().int().positive() });

export const downCreateInput = z.strictObject({ origin: officeCode });

export const yearInput = z.strictObject({ year: z.number().int().min(2000).max(2200) });

export const periodInput = z.strictObject({ period: z.string().regex(/^\d{4}-H[12]$/) });

export const militiaOverviewInput = z.strictObject({ year: z.number().int().min(1900).max(2200).optional() });
