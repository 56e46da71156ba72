import type { ImportColumnInfo, ImportPreviewRow } from '../../../../electron/core/api/contract';
import {
  importFieldLabels,
  importFieldsOf,
  type ImportFieldKey,
  type ImportTarget,
} from '../../../../vocabulary/import-fields';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';

/** What a column can be mapped to, and for which list: the shared vocabulary's, which the core's mapping is keyed by. */
export type ImportField = ImportFieldKey;
export type { ImportTarget };
export type TextEncoding = ImportColumnInfo['encoding'];

const FIELD_LABELS: Record<ImportField, string> = importFieldLabels;

export const SKIP_COLUMN = '';

export function fieldOptions(target: ImportTarget) {
  const fields = importFieldsOf(target);
  return [
    { value: SKIP_COLUMN, label: vi.import.mapping.skipColumn },
    ...fields.map((field) => ({ value: field, label: FIELD_LABELS[field] })),
  ];
}

/** The encodings a column can be read in; "ASCII" (no diacritics at all) is only ever detected, never chosen. */
export const encodingOptions = (['unicode', 'tcvn3', 'vni', 'ascii'] as const).map((encoding) => ({
  value: encoding,
  label: vi.import.encodings[encoding],
  disabled: encoding === 'ascii',
}));

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface UnknownLocality {
  name: string;
  field: 'village' | 'commune';
}

/** The localities a row names that the office's list lacks: the wizard offers to create them. */
export function unknownLocalities(row: Pick<ImportPreviewRow, 'errors'>): UnknownLocality[] {
  return row.errors.flatMap((issue) =>
    issue.code === 'unknownLocality' && issue.value && (issue.field === 'village' || issue.field === 'commune')
      ? [{ name: issue.value, field: issue.field }]
      : [],
  );
}

// The target's values that are dates (ISO in the preview, shown dd/mm/yyyy).
const DATE_VALUES = new Set(['startedOn', 'serviceFrom', 'serviceTo', 'registeredOn']);

/** The preview's title for a target value (`ImportPreviewRow.targetValues` key); undefined for a key it does not know. */
export function targetValueTitle(key: string): string | undefined {
  if (key === 'state') return vi.import.check.columns.state;
  return key in FIELD_LABELS ? FIELD_LABELS[key as ImportField] : undefined;
}

export function targetValueText(key: string, value: string | null): string {
  if (value === null) return '';
  return DATE_VALUES.has(key) ? displayDate(value) : value;
}
