import { z } from 'zod';
import { recordId, requiredText } from '../../shared/fields';
import { documentKinds } from '../generate-schema';

/** Base64 of a file up to ~7 MB: the size check itself (5 MB) answers in words, after decoding. */
const base64 = z
  .string()
  .max(10_000_000)
  .regex(/^[A-Za-z0-9+/=\s]*$/);

export const kindInput = z.strictObject({ kind: z.enum(documentKinds) });
export const inspectInput = z.strictObject({
  kind: z.enum(documentKinds),
  fileName: requiredText(255),
  base64,
});
export const uploadInput = z.strictObject({
  kind: z.enum(documentKinds),
  name: requiredText(200),
  fileName: requiredText(255),
  base64,
});
export const idInput = z.strictObject({ id: recordId });
export const setActiveInput = z.strictObject({ id: recordId, active: z.boolean() });
export const listInput = z.strictObject({});
