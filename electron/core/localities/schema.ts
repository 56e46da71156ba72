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

export const localityCreateInput = z.strictObject({
  name: requiredText(120),
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
  retiredOn: string | null;
  version: number;
}

export interface LocalityName {
  name: string;
  validFrom: string;
  validTo: string | null;
}
