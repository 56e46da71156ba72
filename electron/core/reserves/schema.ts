import { z } from 'zod';
import type { Person } from '../people';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, searchText, version } from '../shared/fields';
import { RANKS, RESERVE_UNIT_KINDS, RESERVIST_CATEGORIES, type ReserveUnitKind } from './rules';
import type { ListPage } from '../shared/list-page';

// ---- Specialties (CNQS) ----

export const specialtyListInput = z.strictObject({ includeRetired: z.boolean().default(false) });
export const specialtyCreateInput = z.strictObject({
  code: requiredText(20),
  name: requiredText(200),
});
export const specialtyUpdateInput = z.strictObject({ id: recordId, version, ...specialtyCreateInput.shape });
export const idVersionInput = z.strictObject({ id: recordId, version });
export const idInput = z.strictObject({ id: recordId });

export interface Specialty {
  id: string;
  code: string;
  name: string;
  retiredOn: string | null;
  version: number;
}

// ---- Reservists ----

const nullableId = recordId.nullable().default(null);
const nullableDate = isoDate.nullable().default(null);

const reservistFields = {
  category: z.enum(RESERVIST_CATEGORIES, { error: vi.field.required }),
  grade: z.union([z.literal(1), z.literal(2)], { error: vi.field.required }),
  rank: z.enum(RANKS).nullable().default(null),
  specialtyId: nullableId,
  formerUnit: optionalText(200),
  serviceFrom: nullableDate,
  serviceTo: nullableDate,
  registeredOn: isoDate,
  notes: optionalText(2000),
};

export const reservistCreateInput = z.strictObject({ personId: recordId, ...reservistFields });
export const reservistUpdateInput = z.strictObject({ id: recordId, version, ...reservistFields });
export const reservistRemoveInput = z.strictObject({
  id: recordId,
  version,
  removedOn: isoDate,
  reason: requiredText(500),
});
export const fromConscriptInput = z.strictObject({
  recordId,
  registeredOn: isoDate.optional(),
  rank: z.enum(RANKS).nullable().default(null),
  specialtyId: nullableId,
  serviceTo: nullableDate,
});

export const reservistListInput = z.strictObject({
  ...paging(500, 20),
  search: searchText,
  /** The removed list instead of the working one. */
  removed: z.boolean().default(false),
  localityId: recordId.optional(),
  category: z.enum(RESERVIST_CATEGORIES).optional(),
  grade: z.union([z.literal(1), z.literal(2)]).optional(),
  specialtyId: recordId.optional(),
  unitId: recordId.optional(),
  slotId: recordId.optional(),
  assigned: z.boolean().optional(),
  /** Age today, both ends included. */
  ageFrom: z.number().int().min(0).max(120).optional(),
  ageTo: z.number().int().min(0).max(120).optional(),
  pastAgeLimit: z.boolean().optional(),
  /** The page holding this reservist is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});

export type ReservistFields = Omit<z.output<typeof reservistCreateInput>, 'personId'>;
export type ReservistCreateInput = z.output<typeof reservistCreateInput>;
export type ReservistUpdateInput = z.output<typeof reservistUpdateInput>;
export type ReservistListInput = z.output<typeof reservistListInput>;
export type FromConscriptInput = z.output<typeof fromConscriptInput>;

export interface RuleWarning {
  code: string;
  message: string;
}

export interface ReservistAssignment {
  id: string;
  slotId: string;
  slotTitle: string;
  slotSpecialtyId: string;
  unitId: string;
  unitName: string;
  unitKind: ReserveUnitKind;
  assignedOn: string;
  version: number;
}

/** A reservist: the form's fields, with the person's, the specialty's and the current assignment's. */
export interface Reservist
  extends
    ReservistCreateInput,
    Pick<Person, 'fullName' | 'birthDate' | 'sex' | 'citizenId' | 'localityName' | 'localityParentName'> {
  id: string;
  age: number;
  specialtyCode: string | null;
  specialtyName: string | null;
  removedOn: string | null;
  removalReason: string;
  sourceRecordId: string | null;
  version: number;
  assignment: ReservistAssignment | null;
  /** Past the age limit (flag for removal); specialty not matching the current slot. */
  warnings: RuleWarning[];
}

export type ReservistPage = ListPage<Reservist>;

/** A handed-over conscript who could become a reservist (for the "from conscript" picker). */
export interface HandedOverConscript {
  recordId: string;
  personId: string;
  fullName: string;
  birthDate: string;
  campaignYear: number;
  handedOverOn: string | null;
  receivingUnit: string;
}

export const conscriptCandidatesInput = z.strictObject({
  search: searchText,
  ...paging(100, 10),
});

// ---- Reserve units, slots, assignments ----

const unitFields = {
  name: requiredText(200),
  kind: z.enum(RESERVE_UNIT_KINDS, { error: vi.field.required }),
  parentId: nullableId,
  receivingUnit: optionalText(200),
  notes: optionalText(2000),
};
export const unitListInput = z.strictObject({ includeRetired: z.boolean().default(false) });
export const unitCreateInput = z.strictObject(unitFields);
export const unitUpdateInput = z.strictObject({ id: recordId, version, ...unitFields });
export const unitRetireInput = z.strictObject({ id: recordId, version, retiredOn: isoDate });

const slotFields = {
  title: requiredText(200),
  specialtyId: recordId,
  required: z.number().int().min(1).max(10_000),
};
export const slotCreateInput = z.strictObject({ unitId: recordId, ...slotFields });
export const slotUpdateInput = z.strictObject({ id: recordId, version, ...slotFields });

export const assignmentCreateInput = z.strictObject({ reservistId: recordId, slotId: recordId, assignedOn: isoDate });
export const assignmentEndInput = z.strictObject({
  id: recordId,
  version,
  endedOn: isoDate,
  reason: optionalText(500),
});

export type UnitCreateInput = z.output<typeof unitCreateInput>;
export type SlotCreateInput = z.output<typeof slotCreateInput>;

export interface ReserveSlot {
  id: string;
  unitId: string;
  title: string;
  specialtyId: string;
  specialtyCode: string;
  specialtyName: string;
  required: number;
  assigned: number;
  /** Of those assigned, how many hold the slot's specialty. */
  matched: number;
  /** 115% of `required`, rounded down (Art. 15). */
  capacity: number;
  version: number;
}

/** A reserve unit's own fields, as stored. */
export interface ReserveUnitRecord {
  id: string;
  parentId: string | null;
  name: string;
  kind: ReserveUnitKind;
  receivingUnit: string;
  notes: string;
  retiredOn: string | null;
  version: number;
}

/** A unit with its slots and how full they are. */
export interface ReserveUnit extends ReserveUnitRecord {
  slots: ReserveSlot[];
  required: number;
  assigned: number;
  fillRate: number | null;
  surplus: number;
  surplusRate: number | null;
}

export interface AssignmentResult {
  reservist: Reservist;
  warnings: RuleWarning[];
}

// ---- Summary ----

/** The day the figures are taken on (default: today). */
export const summaryInput = z.strictObject({ asOf: isoDate.optional() });

export interface ReservesSummary {
  asOf: string;
  totals: {
    reservists: number;
    officers: number;
    /** Reserve professional soldiers (QNCN dự bị), their own category. */
    professionals: number;
    soldiers: number;
    grade1: number;
    grade2: number;
    assigned: number;
    assignmentRate: number | null;
    specialtyMatched: number;
    specialtyMatchRate: number | null;
    pastAgeLimit: number;
  };
  units: Array<{
    unitId: string;
    name: string;
    kind: ReserveUnitKind;
    required: number;
    assigned: number;
    fillRate: number | null;
    surplus: number;
    surplusRate: number | null;
  }>;
}
