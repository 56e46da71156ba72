import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, searchText, version } from '../shared/fields';

/** What a movement does to the book: receive, issue to a holder, return from one, maintain, write off. */
export const movementKinds = ['receive', 'issue', 'return', 'maintenance', 'write_off'] as const;
export type MovementKind = (typeof movementKinds)[number];

/** A serial piece's state: good, needs repair, written off (the last only through a write-off). */
export const itemStates = ['good', 'needs_repair', 'written_off'] as const;
export type ItemState = (typeof itemStates)[number];

export const kindCreateInput = z.strictObject({
  name: requiredText(80),
  /** The unit of count as the book writes it: khẩu, quả, viên, bộ, cái… */
  unit: requiredText(20),
  serialTracked: z.boolean({ error: vi.field.required }),
});
export const kindUpdateInput = z.strictObject({
  id: recordId,
  version,
  name: requiredText(80),
  unit: requiredText(20),
  retired: z.boolean().default(false),
});
export const kindListInput = z.strictObject({ includeRetired: z.boolean().default(false) });

export const stockInput = z.strictObject({ ...paging(200, 20), asOf: isoDate });

export const itemListInput = z.strictObject({
  ...paging(200, 20),
  kindId: recordId.optional(),
  state: z.enum(itemStates).optional(),
  search: searchText,
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});
export const idInput = z.strictObject({ id: recordId });

/**
 * One line of a movement: a piece of a serial kind (by `itemId`, or by `serial` — a receipt names
 * the new piece's serial), or a quantity of a counted kind. A maintenance line may set the state found.
 */
const movementLine = z.strictObject({
  kindId: recordId,
  itemId: recordId.nullable().default(null),
  serial: optionalText(40),
  quantity: z.number({ error: vi.field.required }).int().positive().max(1_000_000).default(1),
  state: z.enum(['good', 'needs_repair']).nullable().default(null),
});

export const movementCreateInput = z.strictObject({
  kind: z.enum(movementKinds, { error: vi.field.required }),
  movedOn: isoDate,
  /** The holder of an issue or a return: a militia unit or a person (one of the two). */
  unitId: recordId.nullable().default(null),
  personId: recordId.nullable().default(null),
  /** Where a receipt came from ("Bộ CHQS tỉnh cấp"). */
  source: optionalText(200),
  /** The paper behind it (phiếu xuất kho, biên bản…). */
  reference: optionalText(80),
  /** What a maintenance session found and did. */
  result: optionalText(500),
  note: optionalText(500),
  lines: z.array(movementLine).min(1, { error: vi.field.required }).max(500),
});

export const movementListInput = z.strictObject({
  ...paging(200, 20),
  kind: z.enum(movementKinds).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});

export const stocktakeCreateInput = z.strictObject({
  takenOn: isoDate,
  note: optionalText(500),
  /** Counted quantity per kind; below zero is refused by the rules (with the kind named). */
  lines: z
    .array(z.strictObject({ kindId: recordId, counted: z.number({ error: vi.field.required }).int() }))
    .min(1, { error: vi.field.required })
    .max(200),
});
export const stocktakeListInput = z.strictObject({
  ...paging(200, 20),
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});

export type KindCreateInput = z.output<typeof kindCreateInput>;
export type KindUpdateInput = z.output<typeof kindUpdateInput>;
export type StockInput = z.output<typeof stockInput>;
export type ItemListInput = z.output<typeof itemListInput>;
export type MovementCreateInput = z.output<typeof movementCreateInput>;
export type MovementLineInput = z.output<typeof movementLine>;
export type MovementListInput = z.output<typeof movementListInput>;
export type StocktakeCreateInput = z.output<typeof stocktakeCreateInput>;
export type StocktakeListInput = z.output<typeof stocktakeListInput>;
