import { statement } from './statements';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, timestamp } from './records';
import { auditRowHash, GENESIS_HASH, type AuditContent } from './audit-chain';
import { redactSecrets } from './audit-redact';

export type AuditAction =
  | 'create'
  | 'update'
  | 'archive'
  | 'restore'
  | 'rename'
  | 'retire'
  | 'delete'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'export'
  | 'unlock'
  | 'role_change'
  | 'show'
  | 'kept';

export interface AuditEntry {
  actor: string;
  at: Date;
  entity: string;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

/** The last row of the chain: one lookup on the unique `seq` index. */
const LAST_ROW = `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`;

function storedJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(redactSecrets(value));
}

/**
 * Writes one audit row. Call it inside the same transaction as the change it
 * describes, so a rolled-back change leaves no audit row behind. The row extends
 * the hash chain: the last row is read and the new row appended within that one
 * transaction, so writers cannot interleave between the read and the insert.
 * Secret-looking keys in before/after are redacted (see audit-redact.ts).
 */
export function writeAudit(db: Database, entry: AuditEntry): void {
  if (!db.inTransaction) throw new Error('writeAudit must run inside the change’s transaction');
  const last = statement(db, LAST_ROW).get() as { seq: number; hash: string } | undefined;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    seq: (last?.seq ?? 0) + 1,
    id: newId(),
    at: timestamp(entry.at),
    actor: entry.actor,
    entity: entry.entity,
    entity_id: entry.entityId,
    action: entry.action,
    before_json: storedJson(entry.before),
    after_json: storedJson(entry.after),
  };
  statement(
    db,
    `INSERT INTO audit_log (seq, id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    content.seq,
    content.id,
    content.at,
    content.actor,
    content.entity,
    content.entity_id,
    content.action,
    content.before_json,
    content.after_json,
    prevHash,
    auditRowHash(prevHash, content),
  );
}

/** An audit row as stored: its content, and the chain's two hashes. */
export interface AuditRow extends AuditContent {
  prev_hash: string;
  hash: string;
}

export function auditFor(db: Database, entity: string, entityId: string): AuditRow[] {
  return statement(db, `SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq`).all(
    entity,
    entityId,
  ) as AuditRow[];
}
