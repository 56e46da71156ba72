import type { AuditRow } from '../db/audit';
import { vi } from '../messages/vi';
import { auditChanges, changeSummary, type AuditChange } from './changes';

/** One audit row as the screens and the export see it. */
export interface AuditEntryView {
  seq: number;
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityLabel: string;
  entityId: string;
  /** The record's name (a person's full name, a course's title…), or null when none is known. */
  recordName: string | null;
  action: string;
  actionLabel: string;
  before: unknown;
  after: unknown;
  /** What changed, field by field, in the record type's words. */
  changes: AuditChange[];
  /** The "Chi tiết" line: the first changes as "Địa bàn: Tổ 1 → Tổ 2". */
  details: string;
}

export type AuditRecord = Omit<AuditRow, 'prev_hash'> & { record_name?: string | null };

export function entityLabel(entity: string): string {
  return vi.audit.entities[entity] ?? entity;
}

export function actionLabel(action: string): string {
  return vi.audit.actions[action] ?? action;
}

export function toView(row: AuditRecord): AuditEntryView {
  const before = row.before_json === null ? null : (JSON.parse(row.before_json) as unknown);
  const after = row.after_json === null ? null : (JSON.parse(row.after_json) as unknown);
  const changes = auditChanges(row.entity, before, after);
  return {
    seq: row.seq,
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityLabel: entityLabel(row.entity),
    entityId: row.entity_id,
    recordName: row.record_name ?? null,
    action: row.action,
    actionLabel: actionLabel(row.action),
    before,
    after,
    changes,
    details: changeSummary(changes, before === null),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy HH:mm in the PC's time zone (the office's), as the screens show times. */
export function displayDateTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The UTC instant a local calendar day starts at, comparable with audit_log.at. */
export function localDayStart(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toISOString();
}
