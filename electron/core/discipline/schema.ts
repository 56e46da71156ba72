import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, version } from '../shared/fields';
import { breachStatuses, disciplineForces, handlingForms } from './constants';

const breachFields = {
  personId: recordId,
  /** The register the person was on at the breach's date (checked). */
  force: z.enum(disciplineForces, { error: vi.field.required }),
  occurredOn: isoDate,
  description: requiredText(1000),
  status: z.enum(breachStatuses, { error: vi.field.required }),
  form: z.enum(handlingForms, { error: vi.field.invalid }).nullable().default(null),
  decisionNumber: optionalText(60),
  /** The decision's date (or the day of the reminder); required once handled. */
  handledOn: isoDate.nullable().default(null),
  note: optionalText(500),
};

export const breachCreateInput = z.strictObject(breachFields);
export const breachUpdateInput = z.strictObject({ id: recordId, version, ...breachFields });
export const breachIdInput = z.strictObject({ id: recordId });
export const breachListInput = z.strictObject({
  ...paging(200, 20),
  from: isoDate.optional(),
  to: isoDate.optional(),
  force: z.enum(disciplineForces).optional(),
  status: z.enum(breachStatuses).optional(),
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});
export const breachFiguresInput = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((input) => input.to >= input.from, { path: ['to'], message: vi.discipline.rangeOrder });

export type BreachCreateInput = z.output<typeof breachCreateInput>;
export type BreachUpdateInput = z.output<typeof breachUpdateInput>;
export type BreachListInput = z.output<typeof breachListInput>;
