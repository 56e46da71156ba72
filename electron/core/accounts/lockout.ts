/**
 * The login throttling and lockout policy, pure: the caller passes the state it stored and the
 * time, and stores what comes back. After each consecutive failure the next attempt must wait a
 * growing delay (0, 0, 1, 2, 4, 8 … seconds, capped); an attempt during the delay is refused
 * before the password is even checked, and does not count as a failure. The 5th consecutive
 * failure locks the account until an administrator unlocks it — except the office's last usable
 * administrator, who is never locked for good (nobody would be left to unlock anyone): for that
 * account the growing delays (≤ 5 min per attempt) are the whole lock. The delays go on growing
 * while locked, so guessing at a locked account stays slow too.
 */

export const MAX_FAILURES = 5;
export const MAX_DELAY_SECONDS = 300;

export interface LockState {
  failedCount: number;
  locked: boolean;
  lastFailedAt: Date | null;
}

export const CLEAR_STATE: LockState = { failedCount: 0, locked: false, lastFailedAt: null };

/** The wait imposed after `failedCount` consecutive failures: 0, 0, 1, 2, 4, 8 … ≤ 300 s. */
export function delaySeconds(failedCount: number): number {
  if (failedCount < 2) return 0;
  return Math.min(2 ** (failedCount - 2), MAX_DELAY_SECONDS);
}

/** Whole seconds still to wait before an attempt may be checked; 0 when it may be checked now. */
export function secondsToWait(state: LockState, now: Date): number {
  if (!state.lastFailedAt) return 0;
  const readyAt = state.lastFailedAt.getTime() + delaySeconds(state.failedCount) * 1000;
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}

/**
 * The state after a wrong password: one more failure, locked from the 5th on unless `mayLock`
 * is false (the last usable administrator), who only waits the growing delays.
 */
export function afterFailure(state: LockState, now: Date, mayLock = true): LockState {
  const failedCount = state.failedCount + 1;
  return { failedCount, locked: mayLock && (state.locked || failedCount >= MAX_FAILURES), lastFailedAt: now };
}

/** Whether this failure is the one that locked the account (so it can be noted in the audit log). */
export function justLocked(before: LockState, after: LockState): boolean {
  return !before.locked && after.locked;
}
