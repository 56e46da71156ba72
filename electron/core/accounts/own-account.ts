import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { vi } from '../messages/vi';
import { writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import { inTransaction } from '../kernel/transaction';
import { hashPassword, verifyPassword } from './password';
import type { Account } from './public-types';
import * as repo from './repository';
import type { changeOwnPasswordInput } from './schema';
import { getSecuritySettings, type SecuritySettings } from './security-settings';

/** What a window asks at start and after any refusal: who is logged in here, and what the screen should offer. */
export interface SessionState {
  account: Account | null;
  /** No account exists yet: the first-run screen creates the administrator. */
  needsSetup: boolean;
  security: SecuritySettings;
}

export function sessionState(ctx: ApiContext): SessionState {
  const stored = ctx.accountId ? repo.findById(ctx.db, ctx.accountId) : null;
  return {
    account: stored && !stored.disabled && !stored.locked ? repo.toAccount(stored) : null,
    needsSetup: repo.countAccounts(ctx.db) === 0,
    security: getSecuritySettings(ctx),
  };
}

/** The transport ends the session after this returns; the row says who left and when. */
export function recordLogout(ctx: ApiContext, reason: 'user' | 'idle'): null {
  if (!ctx.accountId) return null;
  inTransaction(ctx, () =>
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'session',
      entityId: ctx.accountId!,
      action: 'logout',
      before: null,
      after: { reason },
    }),
  );
  return null;
}

/** The error with its message also under the field it is about, so the form shows it there. */
function onField(field: string, code: 'PASSWORD_CURRENT_WRONG' | 'PASSWORD_SAME'): ApiError {
  const message = vi.errors[code];
  return new ApiError(code, message, { [field]: message });
}

/** A user changing their own password must know the current one (a walk-up at an unlocked PC must not). */
export async function changeOwnPassword(
  ctx: ApiContext,
  input: z.output<typeof changeOwnPasswordInput>,
): Promise<Account> {
  const id = ctx.accountId;
  const stored = id ? repo.findById(ctx.db, id) : null;
  if (!id || !stored) throw ApiError.of('LOGIN_REQUIRED');
  if (!(await verifyPassword(input.currentPassword, stored.passwordHash))) {
    throw onField('currentPassword', 'PASSWORD_CURRENT_WRONG');
  }
  if (input.currentPassword.normalize('NFC') === input.newPassword.normalize('NFC')) {
    throw onField('newPassword', 'PASSWORD_SAME');
  }
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(ctx, () => {
    repo.savePasswordHash(ctx.db, id, passwordHash, timestamp(ctx.now()));
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'account',
      entityId: id,
      action: 'update',
      before: null,
      after: { changed: 'password', by: 'self' },
    });
    return repo.toAccount(repo.findById(ctx.db, id)!);
  });
}
