import { statement } from './statements';
import type { Database } from 'better-sqlite3';
import { newId, timestamp } from './records';

export type AuditAction = 'create' | 'update' | 'archive' | 'restore' | 'rename' | 'retire' | 'delete';

export interface AuditEntry {
  actor: string;
  at: Date;
  entity: string;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

/**
 * Writes one audit row. Call it inside the same transaction as the change it
 * describes, so a rolled-back change leaves no audit row behind.
 */
export function writeAudit(db: Database, entry: AuditEntry): void {
  if (!db.inTransaction) throw new Error('writeAudit must run inside the change’s transaction');
  statement(
    db,
    `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    timestamp(entry.at),
    entry.actor,
    entry.entity,
    entry.entityId,
    entry.action,
    entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
  );
}

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export function auditFor(db: Database, entity: string, entityId: string): AuditRow[] {
  return statement(db, `SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY at, rowid`).all(
    entity,
    entityId,
  ) as AuditRow[];
}
