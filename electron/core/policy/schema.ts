import { z } from 'zod';
import { familySupportKinds, policyCaseKinds, policyOutcomes, returneeSupportKinds } from '../../../vocabulary/policy';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, searchText, version } from '../shared/fields';

/* Inputs of the policy work's API (công tác chính sách); kinds are vocabulary/policy.ts's codes. */

const year = z.number({ error: vi.field.invalid }).int().min(2000).max(2200);

/** Every list: a page, an optional year (of its main date) and the accent-free search box. */
const listFilters = {
  ...paging(100, 20),
  year: year.optional(),
  search: searchText,
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
};

/** An amount in đồng: a whole number, never negative; null only for a visit (no money given). */
const amount = z
  .number({ error: vi.policy.amountNegative })
  .int({ error: vi.policy.amountNegative })
  .min(0, { error: vi.policy.amountNegative })
  .max(1_000_000_000_000)
  .nullable()
  .default(null);

const supportFields = {
  personId: recordId,
  supportOn: isoDate,
  kind: z.enum(familySupportKinds, { error: vi.field.required }),
  amount,
  /** Who gave it, as the office writes it ("UBND phường Đức Xuân", "Ban CHQS thành phố"). */
  giver: optionalText(200),
  note: optionalText(500),
};

function amountGiven(value: { kind: string; amount: number | null }, ctx: z.RefinementCtx) {
  if (value.kind !== 'visit' && value.amount === null)
    ctx.addIssue({ code: 'custom', path: ['amount'], message: vi.policy.amountRequired });
}

export const supportCreateInput = z.strictObject(supportFields).superRefine(amountGiven);
export const supportUpdateInput = z.strictObject({ id: recordId, version, ...supportFields }).superRefine(amountGiven);

const returneeSupport = z.strictObject({
  kind: z.enum(returneeSupportKinds, { error: vi.field.required }),
  supportOn: isoDate,
  note: optionalText(500),
});

const returneeFields = {
  personId: recordId,
  /** The date of the discharge decision (quyết định xuất ngũ). */
  dischargedOn: isoDate,
  /** The day he reported back at the locality. */
  returnedOn: isoDate,
  /** The day he registered for the reserves (đăng ký ngạch dự bị); null while not yet. */
  reserveRegisteredOn: isoDate.nullable().default(null),
  note: optionalText(500),
  supports: z.array(returneeSupport).max(20).default([]),
};

export const returneeCreateInput = z.strictObject(returneeFields);
export const returneeUpdateInput = z.strictObject({ id: recordId, version, ...returneeFields });

const caseFields = {
  /** A person of the register, or (null) the subject's name as typed. */
  personId: recordId.nullable().default(null),
  subjectName: optionalText(120),
  kind: z.enum(policyCaseKinds, { error: vi.field.required }),
  receivedOn: isoDate,
  decisionNumber: optionalText(60),
  decisionOn: isoDate.nullable().default(null),
  outcome: z.enum(policyOutcomes, { error: vi.field.required }),
  resolvedOn: isoDate.nullable().default(null),
  note: optionalText(500),
};

function subjectGiven(value: { personId: string | null; subjectName: string }, ctx: z.RefinementCtx) {
  if (value.personId === null && value.subjectName === '')
    ctx.addIssue({ code: 'custom', path: ['subjectName'], message: vi.policy.personOrName });
}

export const caseCreateInput = z.strictObject(caseFields).superRefine(subjectGiven);
export const caseUpdateInput = z.strictObject({ id: recordId, version, ...caseFields }).superRefine(subjectGiven);

export const policyListInput = z.strictObject(listFilters);
export const policyIdInput = z.strictObject({ id: recordId });
export const policyDeleteInput = z.strictObject({ id: recordId, version });

/** The soldier picker: handed-over conscripts first (latest handover first), then the rest of the register. */
export const soldierSearchInput = z.strictObject({
  search: searchText,
  pageSize: z.number().int().min(1).max(50).default(20),
});

export type SupportCreateInput = z.output<typeof supportCreateInput>;
export type SupportUpdateInput = z.output<typeof supportUpdateInput>;
export type SupportFields = Omit<SupportCreateInput, never>;
export type ReturneeCreateInput = z.output<typeof returneeCreateInput>;
export type ReturneeUpdateInput = z.output<typeof returneeUpdateInput>;
export type ReturneeSupportInput = z.output<typeof returneeSupport>;
export type CaseCreateInput = z.output<typeof caseCreateInput>;
export type CaseUpdateInput = z.output<typeof caseUpdateInput>;
export type PolicyListInput = z.output<typeof policyListInput>;
export type SoldierSearchInput = z.output<typeof soldierSearchInput>;
