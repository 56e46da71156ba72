import type { Database } from 'better-sqlite3-multiple-ciphers';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';

/*
 * The duty log's records (shifts, incidents, patrols) are created, changed and deleted alike:
 * checked, written, read back and audited in one transaction, a change or a deletion refused when
 * the row moved on since the form read it. Each record gives its table's functions and its check.
 */

function audit(
  ctx: ApiContext,
  entity: string,
  id: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): void {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity, entityId: id, action, before, after });
}

export interface DutyRecordStore<F, R> {
  /** The audit log's entity name. */
  entity: string;
  find(db: Database, id: string): R | null;
  insert(db: Database, fields: F, at: string): string;
  update(db: Database, id: string, version: number, fields: F, at: string): boolean;
  remove(db: Database, id: string, version: number): boolean;
  /** Refuses fields the record cannot have (`id` is null for a new one), before anything is written. */
  check?(ctx: ApiContext, fields: F, id: string | null): void;
}

export function dutyRecordService<F, R>(store: DutyRecordStore<F, R>) {
  const get = (ctx: ApiContext, id: string): R => {
    return mustExist(store.find(ctx.db, id));
  };
  return {
    get,
    create(ctx: ApiContext, input: F): R {
      return inTransaction(ctx, () => {
        store.check?.(ctx, input, null);
        const id = store.insert(ctx.db, input, timestamp(ctx.now()));
        const after = get(ctx, id);
        audit(ctx, store.entity, id, 'create', null, after);
        return after;
      });
    },
    /** The update input is the record's fields with its id and version. */
    update(ctx: ApiContext, input: F & { id: string; version: number }): R {
      return inTransaction(ctx, () => {
        const { id, version } = input;
        const before = get(ctx, id);
        store.check?.(ctx, input, id);
        mustBeCurrent(store.update(ctx.db, id, version, input, timestamp(ctx.now())));
        const after = get(ctx, id);
        audit(ctx, store.entity, id, 'update', before, after);
        return after;
      });
    },
    remove(ctx: ApiContext, id: string, version: number): { id: string } {
      return inTransaction(ctx, () => {
        const before = get(ctx, id);
        mustBeCurrent(store.remove(ctx.db, id, version));
        audit(ctx, store.entity, id, 'delete', before, null);
        return { id };
      });
    },
  };
}
