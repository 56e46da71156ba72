import { writeAudit, type AuditAction } from '../../db/audit';
import type { ApiContext } from '../../kernel/context';

/**
 * The receiving side's audit entries. On SQLite the audit chain is written by the program's
 * synchronous writer on the same connection, so inside a Kysely transaction it commits or rolls
 * back with it; the PostgreSQL twin supplies its own writer here.
 */
export function auditReceiving(
  ctx: ApiContext,
  entity: 'exchange_bundle' | 'exchange_conflict' | 'exchange_correction',
  entityId: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): void {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity, entityId, action, before, after });
}
