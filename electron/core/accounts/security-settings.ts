import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import { statement } from '../db/statements';
import { inTransaction } from '../kernel/transaction';
import type { securitySettingsInput } from './schema';

/** Minutes without a keystroke or click before the screen locks, until the office sets its own. */
export const DEFAULT_IDLE_LOCK_MINUTES = 15;

export interface SecuritySettings {
  /** 0 = never lock. */
  idleLockMinutes: number;
}

interface Row {
  id: string;
  idle_lock_minutes: number;
}

export function getSecuritySettings(ctx: Pick<ApiContext, 'db'>): SecuritySettings {
  const row = statement(ctx.db, 'SELECT id, idle_lock_minutes FROM security_settings LIMIT 1').get() as Row | undefined;
  return { idleLockMinutes: row?.idle_lock_minutes ?? DEFAULT_IDLE_LOCK_MINUTES };
}

export function updateSecuritySettings(
  ctx: ApiContext,
  input: z.output<typeof securitySettingsInput>,
): SecuritySettings {
  return inTransaction(ctx, () => {
    const before = getSecuritySettings(ctx);
    const row = statement(ctx.db, 'SELECT id FROM security_settings LIMIT 1').get() as { id: string } | undefined;
    const at = timestamp(ctx.now());
    const id = row?.id ?? newId();
    if (row) {
      statement(
        ctx.db,
        'UPDATE security_settings SET idle_lock_minutes = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      ).run(input.idleLockMinutes, at, id);
    } else {
      statement(
        ctx.db,
        'INSERT INTO security_settings (id, idle_lock_minutes, created_at, updated_at) VALUES (?, ?, ?, ?)',
      ).run(id, input.idleLockMinutes, at, at);
    }
    const after = getSecuritySettings(ctx);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'security_settings',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
