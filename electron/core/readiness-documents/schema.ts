import { z } from 'zod';
import {
  readinessHolderKinds,
  readinessPracticeStatuses,
  readinessStates,
} from '../../../vocabulary/readiness-documents';
import { exerciseRatings } from '../exercises';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, version } from '../shared/fields';

const flag = z.boolean({ error: vi.field.invalid });

const kindFields = {
  name: requiredText(200),
  forOffice: flag.default(true),
  forLocality: flag.default(true),
  forMilitia: flag.default(false),
  sortOrder: z.number().int().min(0).max(999).default(0),
};
/**
 * `activeFrom`: the first day a kind is required or a holder's set is kept (default: the day it is
 * entered); a period ending before it does not count it.
 */
const activeFrom = isoDate.optional();
export const kindCreateInput = z.strictObject({ ...kindFields, activeFrom });
/** `retiredOn` set: the kind leaves the required set from that day (its reviews stay). */
export const kindUpdateInput = z.strictObject({
  id: recordId,
  version,
  ...kindFields,
  /** Left out: kept; null: required since always. */
  activeFrom: isoDate.nullable().optional(),
  retiredOn: isoDate.nullable(),
});
export const kindListInput = z.strictObject({ includeRetired: z.boolean().default(false) });

export const holderCreateInput = z.strictObject({
  kind: z.enum(readinessHolderKinds, { error: vi.field.required }),
  /** The ward/commune of a 'locality' holder, the unit of a 'militia_unit' holder; null for the office. */
  refId: recordId.nullable().default(null),
  name: requiredText(200),
  sortOrder: z.number().int().min(0).max(999).default(0),
  activeFrom,
});
export const holderUpdateInput = z.strictObject({
  id: recordId,
  version,
  name: requiredText(200),
  sortOrder: z.number().int().min(0).max(999).default(0),
  /** Left out: kept; null: kept since always. */
  activeFrom: isoDate.nullable().optional(),
  retiredOn: isoDate.nullable(),
});
export const holderListInput = z.strictObject({ includeRetired: z.boolean().default(false) });

/** The holders with their documents' states as of `asOf` (default today), a page of holders at a time. */
export const overviewInput = z.strictObject({ ...paging(100, 50), asOf: isoDate.optional() });

export const documentRef = { holderId: recordId, kindId: recordId };
export const reviewCreateInput = z.strictObject({
  ...documentRef,
  reviewedOn: isoDate,
  /** Name and position of whoever reviewed it ("Đại úy Nguyễn Văn A – Trợ lý tác chiến"). */
  reviewer: requiredText(200),
  state: z.enum(readinessStates, { error: vi.field.required }),
  note: optionalText(1000),
});
/** One holder's documents reviewed on one day by one reviewer (a yearly review of its whole set). */
export const reviewBatchInput = z.strictObject({
  holderId: recordId,
  reviewedOn: isoDate,
  reviewer: requiredText(200),
  items: z
    .array(
      z.strictObject({
        kindId: recordId,
        state: z.enum(readinessStates, { error: vi.field.required }),
        note: optionalText(1000),
      }),
    )
    .min(1, { error: vi.field.required })
    .max(100),
});
export const reviewListInput = z.strictObject(documentRef);

const count = z
  .number({ error: vi.field.notAnInteger })
  .int({ error: vi.field.notAnInteger })
  .min(0, { error: vi.readinessDocuments.participantsNegative })
  .max(100_000);

const practiceFields = {
  ...documentRef,
  status: z.enum(readinessPracticeStatuses, { error: vi.field.required }),
  /** The day held (done) or planned for (planned). */
  practisedOn: isoDate,
  /** The day the practice was planned (default: today, or the practice day if earlier). */
  plannedAt: isoDate.optional(),
  participants: count.nullable().default(null),
  rating: z.enum(exerciseRatings, { error: vi.field.invalid }).nullable().default(null),
  note: optionalText(1000),
};
export const practiceCreateInput = z.strictObject(practiceFields);
export const practiceUpdateInput = z.strictObject({ id: recordId, version, ...practiceFields });
export const practiceIdInput = z.strictObject({ id: recordId });
export const practiceListInput = z.strictObject({
  ...paging(200, 20),
  year: z.number().int().min(2000).max(2200).optional(),
  holderId: recordId.optional(),
  status: z.enum(readinessPracticeStatuses).optional(),
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});

export type KindCreateInput = z.output<typeof kindCreateInput>;
export type KindUpdateInput = z.output<typeof kindUpdateInput>;
export type HolderCreateInput = z.output<typeof holderCreateInput>;
export type HolderUpdateInput = z.output<typeof holderUpdateInput>;
export type OverviewInput = z.output<typeof overviewInput>;
export type ReviewCreateInput = z.output<typeof reviewCreateInput>;
export type ReviewBatchInput = z.output<typeof reviewBatchInput>;
export type PracticeCreateInput = z.output<typeof practiceCreateInput>;
export type PracticeUpdateInput = z.output<typeof practiceUpdateInput>;
export type PracticeListInput = z.output<typeof practiceListInput>;
