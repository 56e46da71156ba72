import { format, vi } from '../messages/vi';
import { isTechnicalField, labelsOf } from './labels';

/** One changed field of an audit row, in words: "Địa bàn", "Tổ 1" → "Tổ 2". */
export interface AuditChange {
  key: string;
  field: string;
  before: string;
  after: string;
}

/** How many changes the "Chi tiết" column spells out before "… và n thay đổi khác". */
const SUMMARY_CHANGES = 3;

/** Empty text and no value read the same to a user: neither is a change. */
const comparable = (value: unknown) => JSON.stringify(value === '' || value === undefined ? null : value);

function fieldsOf(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return { '': value };
  return value as Record<string, unknown>;
}

/**
 * The fields an audit row changed, in the record's own order and in the record type's words: for
 * a new record every field it was given, for a change only the fields whose value differs.
 * Identifiers, versions and save times are left out (the row itself says who, when and which).
 */
export function auditChanges(entity: string, before: unknown, after: unknown): AuditChange[] {
  const labels = labelsOf(entity);
  const b = fieldsOf(before);
  const a = fieldsOf(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((key) => !isTechnicalField(key) && comparable(b[key]) !== comparable(a[key]))
    .map((key) => ({
      key,
      field: labels.field(key) ?? key,
      before: labels.value(key, b[key]),
      after: labels.value(key, a[key]),
    }));
}

/** The "Chi tiết" line: the first few changes as "Địa bàn: Tổ 1 → Tổ 2", a new value as "Địa bàn: Tổ 1". */
export function changeSummary(changes: AuditChange[], isNew: boolean): string {
  const t = vi.auditFields;
  const shown = changes
    .slice(0, SUMMARY_CHANGES)
    .map((c) => format(isNew ? t.given : t.change, { field: c.field, before: c.before, after: c.after }));
  const rest = changes.length - SUMMARY_CHANGES;
  return rest > 0 ? `${shown.join('; ')} ${format(t.more, { count: rest })}` : shown.join('; ');
}
