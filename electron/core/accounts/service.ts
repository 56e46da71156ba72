import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit, type AuditAction } from '../db/audit';
import { newId, timestamp } from '../db/records';
import { inTransaction } from '../kernel/transaction';
import { CLEAR_STATE } from './lockout';
import { hashPassword } from './password';
import type { Account } from './public-types';
import * as repo from './repository';
import type {
  accountCreateInput,
  accountDisableInput,
  accountResetPasswordInput,
  accountUnlockInput,
  accountUpdateInput,
} from './schema';

/** What the audit log keeps of an account: never the hash (and the audit module redacts secrets anyway). */
function audited(a: Account) {
  return { username: a.username, displayName: a.displayName, role: a.role, locked: a.locked, disabled: a.disabled };
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: Account | null, after: Account | null) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'account',
    entityId: id,
    action,
    before: before && audited(before),
    after: after && audited(after),
  });
}

function mustFind(ctx: ApiContext, id: string): repo.StoredAccount {
  return mustExist(repo.findById(ctx.db, id));
}

function reload(ctx: ApiContext, id: string): Account {
  return repo.toAccount(mustFind(ctx, id));
}

export function listAccounts(ctx: ApiContext): Account[] {
  return repo.listAccounts(ctx.db);
}

export async function createAccount(ctx: ApiContext, input: z.output<typeof accountCreateInput>): Promise<Account> {
  if (repo.findByUsername(ctx.db, input.username)) throw usernameTaken(input.username);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, () => {
    if (repo.findByUsername(ctx.db, input.username)) throw usernameTaken(input.username);
    const id = newId();
    repo.insertAccount(ctx.db, { ...input, id, passwordHash, at: timestamp(ctx.now()) });
    const created = reload(ctx, id);
    audit(ctx, id, 'create', null, created);
    return created;
  });
}

function usernameTaken(username: string): ApiError {
  const error = ApiError.of('ACCOUNT_USERNAME_TAKEN', { username });
  return ApiError.fields({ username: error.message }, error.code, error.message);
}

/** The last active administrator keeps the role and stays enabled: the office must never lock itself out. */
function keepOneAdmin(ctx: ApiContext, before: Account, after: { role: string; disabled: boolean }): void {
  const losesAdmin = before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
  if (losesAdmin && repo.countOtherActiveAdmins(ctx.db, before.id) === 0) throw ApiError.of('ACCOUNT_LAST_ADMIN');
}

/** Name and role. A role change is audited as `role_change` so it stands out in the log. */
export function updateAccount(ctx: ApiContext, input: z.output<typeof accountUpdateInput>): Account {
  return inTransaction(ctx, () => {
    const before = repo.toAccount(mustFind(ctx, input.id));
    const change = {
      displayName: input.displayName ?? before.displayName,
      role: input.role ?? before.role,
      disabled: before.disabled,
    };
    keepOneAdmin(ctx, before, change);
    mustBeCurrent(repo.updateProfile(ctx.db, input.id, input.version, change, timestamp(ctx.now())));
    const after = reload(ctx, input.id);
    audit(ctx, input.id, after.role === before.role ? 'update' : 'role_change', before, after);
    return after;
  });
}

export function setDisabled(ctx: ApiContext, input: z.output<typeof accountDisableInput>): Account {
  return inTransaction(ctx, () => {
    const before = repo.toAccount(mustFind(ctx, input.id));
    const change = { displayName: before.displayName, role: before.role, disabled: input.disabled };
    keepOneAdmin(ctx, before, change);
    mustBeCurrent(repo.updateProfile(ctx.db, input.id, input.version, change, timestamp(ctx.now())));
    const after = reload(ctx, input.id);
    audit(ctx, input.id, 'update', before, after);
    return after;
  });
}

/** Lifts a lock and forgets the failures (and their delays). */
export function unlockAccount(ctx: ApiContext, input: z.output<typeof accountUnlockInput>): Account {
  return inTransaction(ctx, () => {
    const before = repo.toAccount(mustFind(ctx, input.id));
    repo.saveLockState(ctx.db, input.id, CLEAR_STATE);
    const after = reload(ctx, input.id);
    audit(ctx, input.id, 'unlock', before, after);
    return after;
  });
}

/**
 * A new password set by an administrator. It also clears the failures and the lock: the guesses
 * were against the old password, and this is the remedy for an account someone tried to break into.
 */
export async function resetPassword(
  ctx: ApiContext,
  input: z.output<typeof accountResetPasswordInput>,
): Promise<Account> {
  mustFind(ctx, input.id);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, () => {
    const before = repo.toAccount(mustFind(ctx, input.id));
    repo.savePasswordHash(ctx.db, input.id, passwordHash, timestamp(ctx.now()));
    repo.saveLockState(ctx.db, input.id, CLEAR_STATE);
    const after = reload(ctx, input.id);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'account',
      entityId: input.id,
      action: 'update',
      before: audited(before),
      // Says what changed, never the value (the audit module would redact a "password" key anyway).
      after: { ...audited(after), changed: 'password' },
    });
    return after;
  });
}
