import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { verifyPassword } from '../accounts/password';
import * as accounts from '../accounts/repository';
import { writeAudit } from '../db/audit';
import { inTransaction } from '../kernel/transaction';
import { readKeyFile, writeKeyFile } from './key-file';
import { recoveryCodeOf } from './recovery-code';

export interface RecoveryStatus {
  /** An administrator confirmed the code is printed and kept (or this folder has no key file to lose). */
  kept: boolean;
  keptAt: string | null;
}

export function recoveryStatus(ctx: ApiContext): RecoveryStatus {
  const file = readKeyFile(ctx.dataDir);
  return { kept: file === null || file.recoveryKeptAt !== null, keptAt: file?.recoveryKeptAt ?? null };
}

function audit(ctx: ApiContext, action: 'show' | 'kept'): void {
  inTransaction(ctx, () =>
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'recovery_code',
      entityId: 'office',
      action,
      before: null,
      // What happened, never the code.
      after: { action },
    }),
  );
}

/**
 * The recovery code, for an administrator who gives their password again (a walk-up at an open
 * screen must not be able to copy the key of the whole office). Every showing is audited.
 */
export async function showRecoveryCode(ctx: ApiContext, password: string): Promise<{ code: string }> {
  const account = ctx.accountId ? accounts.findById(ctx.db, ctx.accountId) : null;
  if (!account || !(await verifyPassword(password, account.passwordHash))) {
    throw ApiError.fields({ password: ApiError.of('RECOVERY_CODE_PASSWORD').message }, 'RECOVERY_CODE_PASSWORD');
  }
  audit(ctx, 'show');
  return { code: recoveryCodeOf(ctx.dataKey) };
}

/** "Tôi đã in và cất mã khôi phục": the reminder stops; audited. */
export function confirmRecoveryKept(ctx: ApiContext): RecoveryStatus {
  const file = readKeyFile(ctx.dataDir);
  if (file && file.recoveryKeptAt === null) {
    writeKeyFile(ctx.dataDir, { ...file, recoveryKeptAt: ctx.now().toISOString() });
    audit(ctx, 'kept');
  }
  return recoveryStatus(ctx);
}
