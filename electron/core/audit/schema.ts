import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, paging } from '../shared/fields';

/** The filters shared by the list and the export. Dates are the office's local calendar days. */
const filterFields = {
  actor: z.string().trim().min(1).max(200).optional(),
  entity: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

const dateOrder = {
  path: ['to'],
  message: vi.errors.AUDIT_DATE_RANGE,
};
const datesInOrder = (v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to;

export const auditFilterInput = z.strictObject(filterFields).refine(datesInOrder, dateOrder);

export const auditListInput = z
  .strictObject({
    ...filterFields,
    ...paging(200, 50),
  })
  .refine(datesInOrder, dateOrder);

export const auditForEntityInput = z.strictObject({
  entity: z.string().trim().min(1).max(100),
  entityId: z.string().trim().min(1).max(100),
});

export const auditCheckInput = z.strictObject({});

export type AuditFilter = z.output<typeof auditFilterInput>;
export type AuditListInput = z.output<typeof auditListInput>;
