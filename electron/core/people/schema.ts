import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, searchText, sex, version } from '../shared/fields';
import { checkIdNumber, checkPhone, normalizePhone } from './rules';
import type { ListPage } from '../shared/list-page';

const optionalCitizenId = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .default(null);

const optionalPhone = z
  .string()
  .transform((value) => (normalizePhone(value) === '' ? null : normalizePhone(value)))
  .nullable()
  .default(null);

const personFields = {
  familyName: requiredText(40),
  middleName: optionalText(80),
  givenName: requiredText(40),
  birthDate: isoDate,
  sex,
  citizenId: optionalCitizenId,
  localityId: recordId.nullable().default(null),
  address: optionalText(300),
  phone: optionalPhone,
  ethnicity: optionalText(60),
  religion: optionalText(60),
  education: optionalText(60),
  occupation: optionalText(120),
  notes: optionalText(2000),
};

type PersonFieldsOut = {
  birthDate: string;
  sex: 'M' | 'F';
  citizenId: string | null;
  phone: string | null;
};

/** Cross-field checks: a 12-digit ID must agree with birth date and sex (a 9-digit CMND has only a form); the phone must be 10 digits. */
function checkPersonFields(value: PersonFieldsOut, ctx: z.RefinementCtx): void {
  if (value.citizenId !== null) {
    const rule = checkIdNumber(value.citizenId, value.birthDate, value.sex);
    if (!rule.ok) ctx.addIssue({ code: 'custom', path: ['citizenId'], message: rule.message });
  }
  if (value.phone !== null) {
    const rule = checkPhone(value.phone);
    if (!rule.ok) ctx.addIssue({ code: 'custom', path: ['phone'], message: rule.message });
  }
}

export const personCreateInput = z.strictObject(personFields).superRefine(checkPersonFields);

export const personUpdateInput = z
  .strictObject({ id: recordId, version, ...personFields })
  .superRefine(checkPersonFields);

export const personSortFields = ['name', 'birthDate', 'citizenId', 'locality', 'updatedAt'] as const;

/** The register's filters and sort: the list pages them, the Excel export takes them whole. */
export const personFilters = z.strictObject({
  search: searchText,
  localityId: recordId.optional(),
  sex: sex.optional(),
  birthYearFrom: z.number().int().min(1900).max(2200).optional(),
  birthYearTo: z.number().int().min(1900).max(2200).optional(),
  archived: z.boolean().default(false),
  sort: z.enum(personSortFields).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

/** A birth-year range that ends before it starts is refused on the "to" field. */
export function withBirthYearRange<S extends z.ZodType<{ birthYearFrom?: number; birthYearTo?: number }>>(schema: S) {
  return schema.refine(
    (v) => v.birthYearFrom === undefined || v.birthYearTo === undefined || v.birthYearFrom <= v.birthYearTo,
    { path: ['birthYearTo'], message: vi.field.birthYearRange },
  );
}

export const personListInput = withBirthYearRange(
  // focusId: the page holding this person is returned instead (a record just saved, shown in place).
  personFilters.extend({ ...paging(200, 20), focusId: recordId.optional() }),
);

export const personIdInput = z.strictObject({ id: recordId });
export const personVersionInput = z.strictObject({ id: recordId, version });
export const citizenIdCheckInput = z.strictObject({
  citizenId: z.string().trim().min(1, { error: vi.field.required }).max(20),
  excludeId: recordId.optional(),
});

export type PersonCreateInput = z.output<typeof personCreateInput>;
export type PersonUpdateInput = z.output<typeof personUpdateInput>;
export type PersonListInput = z.output<typeof personListInput>;

/** A person as stored: the form's fields, with the names the register derives and its record stamps. */
export interface Person extends PersonCreateInput {
  id: string;
  fullName: string;
  localityName: string | null;
  /** The ward or commune a village belongs to, so "Tổ 7" is never shown alone. */
  localityParentName: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type PersonPage = ListPage<Person>;

export interface CitizenIdOwner {
  id: string;
  fullName: string;
  birthDate: string;
  archived: boolean;
}
