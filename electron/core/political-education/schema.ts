import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, version } from '../shared/fields';
import { sessionKinds, standardTopicKeys, unitKinds } from './constants';

// No message on min/max: the router's error map says "Giá trị phải từ {min} trở lên."
const count = z.number().int();

const sessionFields = {
  heldOn: isoDate,
  kind: z.enum(sessionKinds, { error: vi.field.required }),
  unitKind: z.enum(unitKinds, { error: vi.field.required }),
  /** A militia unit's or a locality's id; null for a reserve unit or the staff (named only). */
  unitId: recordId.nullable().default(null),
  /** The unit as recorded on the day ("Trung đội dân quân cơ động phường Đức Xuân"). */
  unitName: requiredText(200),
  topic: requiredText(300),
  standardTopic: z.enum(standardTopicKeys, { error: vi.field.invalid }).nullable().default(null),
  presenter: optionalText(120),
  planned: count.min(1).max(100_000),
  present: count.min(0).max(100_000),
  note: optionalText(500),
};

export const sessionCreateInput = z.strictObject(sessionFields);
export const sessionUpdateInput = z.strictObject({ id: recordId, version, ...sessionFields });
export const sessionIdInput = z.strictObject({ id: recordId });
export const sessionListInput = z.strictObject({
  ...paging(200, 20),
  from: isoDate.optional(),
  to: isoDate.optional(),
  kind: z.enum(sessionKinds).optional(),
  unitKind: z.enum(unitKinds).optional(),
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});
export const sessionFiguresInput = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((input) => input.to >= input.from, { path: ['to'], message: vi.politicalEducation.rangeOrder });

export type SessionCreateInput = z.output<typeof sessionCreateInput>;
export type SessionUpdateInput = z.output<typeof sessionUpdateInput>;
export type SessionListInput = z.output<typeof sessionListInput>;
