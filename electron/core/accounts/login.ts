import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import { inTransaction } from '../kernel/transaction';
import { afterFailure, CLEAR_STATE, justLocked, secondsToWait, type LockState } from './lockout';
import { createLoginThrottle, type LoginThrottle } from './login-throttle';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from './password';
import type { LoginResult } from './public-types';
import * as repo from './repository';
import type { loginInput, setupAdminInput } from './schema';

/*
 * What a login attempt may reveal — the choice made here:
 *  - An unknown user name, a disabled account and a wrong password all get the same message
 *    (LOGIN_FAILED), after the same work: an unknown name is checked against a dummy hash, so
 *    it costs one scrypt like a real check and its timing gives nothing away.
 *  - The growing delays apply to unknown names too (kept in memory per database, never stored,
 *    so no row is created for a name that does not exist); otherwise "please wait" would appear
 *    only for real names and betray them.
 *  - "Tài khoản đã bị khóa" (ACCOUNT_LOCKED) is said only to someone who gave the right
 *    password of an existing, locked account. The owner learns why they cannot get in and whom
 *    to ask; a guesser without the password sees LOGIN_FAILED as before, so the lock state (and
 *    the name's existence) stays hidden. The price: a right guess at a locked account is
 *    confirmed, which is why the delays keep growing while locked (≤ 5 min per guess), every
 *    attempt is audited, and an administrator who sees a run of failures should reset the
 *    password rather than just unlock.
 *  - An attempt made during the delay is refused (LOGIN_WAIT) before the password is checked,
 *    and does not count as a failure, so a double click cannot lock anyone out.
 *  - Concurrent attempts at the same name are refused while one is being checked, so firing
 *    many requests at once cannot slip past the delay.
 *  - Across all names, password checks run one at a time and at about one a second after a
 *    burst (login-throttle.ts): a flood of made-up names cannot take the machine.
 *  - The last usable administrator is never locked for good, only slowed (lockout.ts); the
 *    CLI's `unlock` and `reset-password`, run at the PC itself, are the other way back in.
 */

/** Delays for names with no (active) account, per database; bounded so a flood cannot grow it. */
const unknownNames = new WeakMap<Database, Map<string, LockState>>();
const MAX_TRACKED_UNKNOWN = 1000;
const inFlight = new WeakMap<Database, Set<string>>();
const throttles = new WeakMap<Database, LoginThrottle>();

function mapFor<V>(store: WeakMap<Database, V>, db: Database, make: () => V): V {
  let value = store.get(db);
  if (!value) {
    value = make();
    store.set(db, value);
  }
  return value;
}

function rememberUnknown(db: Database, username: string, state: LockState): void {
  const names = mapFor(unknownNames, db, () => new Map<string, LockState>());
  names.delete(username);
  names.set(username, state);
  if (names.size > MAX_TRACKED_UNKNOWN) names.delete(names.keys().next().value as string);
}

export async function login(ctx: ApiContext, input: z.output<typeof loginInput>): Promise<LoginResult> {
  const busy = mapFor(inFlight, ctx.db, () => new Set<string>());
  if (busy.has(input.username)) throw ApiError.of('LOGIN_WAIT', { seconds: 1 });
  busy.add(input.username);
  try {
    return await attempt(ctx, input.username, input.password);
  } finally {
    busy.delete(input.username);
  }
}

async function attempt(ctx: ApiContext, username: string, password: string): Promise<LoginResult> {
  const found = repo.findByUsername(ctx.db, username);
  const account = found && !found.disabled ? found : null;
  const state = account ? repo.lockStateOf(account) : (unknownNames.get(ctx.db)?.get(username) ?? CLEAR_STATE);
  const wait = secondsToWait(state, ctx.now());
  if (wait > 0) throw ApiError.of('LOGIN_WAIT', { seconds: wait });
  const throttle = mapFor(throttles, ctx.db, () => createLoginThrottle());
  const busyWait = throttle.take();
  if (busyWait > 0) throw ApiError.of('LOGIN_WAIT', { seconds: busyWait });

  const matches = await throttle.serialize(() => verifyPassword(password, account?.passwordHash ?? DUMMY_HASH));
  if (account && matches) {
    if (repo.lockHolds(ctx.db, account)) {
      auditSession(ctx, account.username, account.id, 'login_failed', { reason: 'locked' });
      throw ApiError.of('ACCOUNT_LOCKED');
    }
    // Raise an old hash to today's parameters while the password is at hand.
    const rehashed = needsRehash(account.passwordHash) ? await hashPassword(password) : null;
    return inTransaction(ctx, () => {
      const current = repo.findById(ctx.db, account.id);
      // Locked or disabled by an administrator while the hash was being checked.
      if (!current || current.disabled) throw ApiError.of('LOGIN_FAILED');
      if (repo.lockHolds(ctx.db, current)) throw ApiError.of('ACCOUNT_LOCKED');
      if (current.failedCount > 0 || current.locked) repo.saveLockState(ctx.db, current.id, CLEAR_STATE);
      if (rehashed) repo.savePasswordHash(ctx.db, current.id, rehashed, timestamp(ctx.now()));
      writeAudit(ctx.db, {
        actor: current.username,
        at: ctx.now(),
        entity: 'session',
        entityId: current.id,
        action: 'login',
        before: null,
        after: { role: current.role },
      });
      const fresh = repo.toAccount(repo.findById(ctx.db, current.id)!);
      return { account: fresh, role: fresh.role };
    });
  }

  if (account) recordFailure(ctx, account.id);
  else {
    rememberUnknown(ctx.db, username, afterFailure(state, ctx.now()));
    // The attempted name is not written down: it is often a password typed in the wrong box.
    auditSession(ctx, ctx.actor, 'unknown', 'login_failed', { reason: 'unknown_user' });
  }
  throw ApiError.of('LOGIN_FAILED');
}

/** Applies the failure to the row as it is now (an administrator may have unlocked it meanwhile). */
function recordFailure(ctx: ApiContext, id: string): void {
  inTransaction(ctx, () => {
    const current = repo.findById(ctx.db, id);
    if (!current) return;
    const before = repo.lockStateOf(current);
    const lastAdmin = current.role === 'admin' && repo.countOtherUsableAdmins(ctx.db, id) === 0;
    const next = afterFailure(before, ctx.now(), !lastAdmin);
    repo.saveLockState(ctx.db, id, next);
    writeAudit(ctx.db, {
      actor: current.username,
      at: ctx.now(),
      entity: 'session',
      entityId: id,
      action: 'login_failed',
      before: null,
      after: { reason: 'wrong_password', failedCount: next.failedCount, lockedNow: justLocked(before, next) },
    });
  });
}

function auditSession(
  ctx: ApiContext,
  actor: string,
  entityId: string,
  action: 'login_failed',
  after: Record<string, unknown>,
): void {
  inTransaction(ctx, () =>
    writeAudit(ctx.db, { actor, at: ctx.now(), entity: 'session', entityId, action, before: null, after }),
  );
}

/** The first-run administrator: only while the database has no account at all. */
export async function setupAdmin(ctx: ApiContext, input: z.output<typeof setupAdminInput>): Promise<LoginResult> {
  if (repo.countAccounts(ctx.db) > 0) throw ApiError.of('ACCOUNT_SETUP_DONE');
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, () => {
    // Checked again: another window may have finished the setup while this hash was computed.
    if (repo.countAccounts(ctx.db) > 0) throw ApiError.of('ACCOUNT_SETUP_DONE');
    const id = newId();
    const at = timestamp(ctx.now());
    repo.insertAccount(ctx.db, {
      id,
      username: input.username,
      displayName: input.displayName,
      role: 'admin',
      passwordHash,
      at,
    });
    const account = repo.toAccount(repo.findById(ctx.db, id)!);
    writeAudit(ctx.db, {
      actor: input.username,
      at: ctx.now(),
      entity: 'account',
      entityId: id,
      action: 'create',
      before: null,
      after: { username: account.username, displayName: account.displayName, role: account.role },
    });
    return { account, role: account.role };
  });
}
