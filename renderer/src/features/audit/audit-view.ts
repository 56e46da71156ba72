import dayjs from 'dayjs';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';

const t = vi.audit;
/** The core's marker for a secret's value (electron/core/db/audit-redact.ts). */
const REDACTED = '[redacted]';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** An audit time as users read it: dd/mm/yyyy HH:mm on this PC's clock. */
export function displayDateTime(iso: string): string {
  return dayjs(iso).format('DD/MM/YYYY HH:mm');
}

export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return t.diff.empty;
  if (value === REDACTED) return t.diff.redacted;
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) return displayDate(value);
    return ISO_INSTANT.test(value) ? displayDateTime(value) : value;
  }
  if (typeof value === 'boolean') return value ? t.diff.yes : t.diff.no;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** A field's name as users read it: the catalogue's word when there is one. */
export function fieldLabel(key: string): string {
  return t.fields[key] ?? key;
}

/** Empty text and no value read the same to a user: neither is a change. */
const comparable = (value: unknown) => JSON.stringify(value === '' || value === undefined ? null : value);

export interface FieldChange {
  key: string;
  field: string;
  before: string;
  after: string;
}

function fieldsOf(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return { '': value };
  return value as Record<string, unknown>;
}

/**
 * The fields an audit row changed, in the record's own order: for a new record every field it
 * was given, for a change only the fields whose value differs.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = fieldsOf(before);
  const a = fieldsOf(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((key) => comparable(b[key]) !== comparable(a[key]))
    .map((key) => ({ key, field: fieldLabel(key), before: valueText(b[key]), after: valueText(a[key]) }));
}
