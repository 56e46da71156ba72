import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, recordId, requiredText, version } from '../shared/fields';

/** Phường, xã, thị trấn at the top of the office's area; thôn/bản and tổ dân phố inside them. */
export const localityKinds = ['ward', 'commune', 'town', 'village', 'residential_group'] as const;
export type LocalityKind = (typeof localityKinds)[number];
export const TOP_LEVEL_KINDS: readonly LocalityKind[] = ['ward', 'commune', 'town'];

export const localityListInput = z.strictObject({
  /** Names as they were on this date (default: today). */
  asOf: isoDate.optional(),
  includeRetired: z.boolean().default(false),
});

/**
 * The national administrative unit code of a ward/commune (Decision 19/2025/QĐ-TTg: 5 digits,
 * stable, never reused); '' or null: none (villages have none, nor a ward not yet coded).
 */
export const unitCode = z
  .string()
  .trim()
  .refine((code) => code === '' || /^\d{5}$/.test(code), { error: vi.exchange.identity.unitCodeInvalid })
  .nullable()
  .transform((code) => code || null);

export const localityCreateInput = z.strictObject({
  name: requiredText(120),
  unitCode: unitCode.optional(),
  kind: z.enum(localityKinds, { error: vi.field.required }),
  parentId: recordId.nullable().default(null),
  /** Since when the locality has this name (default: today). */
  validFrom: isoDate.optional(),
});

export const localityRenameInput = z.strictObject({
  id: recordId,
  name: requiredText(120),
  /** The first day the new name applies; records dated before keep the old name. */
  effectiveOn: isoDate,
  version,
});

/** What a locality's row holds besides its names: for now, its national unit code. */
export const localityUpdateInput = z.strictObject({
  id: recordId,
  unitCode,
  version,
});

export const localityRetireInput = z.strictObject({
  id: recordId,
  retiredOn: isoDate,
  version,
});

export const localityRestoreInput = z.strictObject({ id: recordId, version });
export const localityHistoryInput = z.strictObject({ id: recordId });

export interface Locality {
  id: string;
  kind: LocalityKind;
  parentId: string | null;
  name: string;
  /** The national administrative unit code (5 digits), or null. */
  unitCode: string | null;
  retiredOn: string | null;
  version: number;
}

export interface LocalityName {
  name: string;
  validFrom: string;
  validTo: string | null;
}
