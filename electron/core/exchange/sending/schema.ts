import { z } from 'zod';
import { optionalText, recordId, version } from '../../shared/fields';

/** The sending side's API inputs (issue 20 §2, §3). */

export const sendInput = z.strictObject({ full: z.boolean().optional() });

export const bundleIdInput = z.strictObject({ bundleId: recordId });

/** A bundle file as the screen read it: its name and its bytes in base64 (a full bundle is a few MB). */
export const receiveDownInput = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  base64: z
    .string()
    .min(1)
    .max(200 * 1024 * 1024),
});

export const incomingListInput = z.strictObject({
  status: z.enum(['open', 'accepted', 'rejected', 'noted']).optional(),
});

export const incomingAnswerInput = z.strictObject({
  id: recordId,
  answer: z.enum(['accepted', 'rejected', 'noted']),
  reason: optionalText(1000),
  version,
});
export type IncomingAnswerInput = z.output<typeof incomingAnswerInput>;
