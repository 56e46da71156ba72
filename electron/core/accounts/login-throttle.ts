/**
 * The office-wide brake on password checks, on top of the per-name delays (lockout.ts). One
 * check costs ~0.4 s of CPU (scrypt): twenty logins at twenty different names, each allowed by
 * its own name's count, used to take the whole 2-core PC for seconds. Here:
 *  - checks run one at a time, so a flood of attempts leaves the other core to the office's work;
 *  - a bucket of BURST checks refills at one per REFILL_MS; an attempt that finds it empty is
 *    refused at once with the seconds to wait (LOGIN_WAIT), before any hashing.
 * Counted on the process's monotonic clock: it guards the machine, not a recorded fact, so a
 * test's fixed "today" or a changed system clock must not stop or speed it.
 */
export const BURST = 10;
export const REFILL_MS = 1_000;

export interface LoginThrottle {
  /** Takes one check from the bucket; returns 0 when taken, otherwise the whole seconds to wait. */
  take(): number;
  /** Runs a password check after the ones already running, one at a time. */
  serialize<T>(check: () => Promise<T>): Promise<T>;
}

export function createLoginThrottle(clock: () => number = () => performance.now()): LoginThrottle {
  let tokens = BURST;
  let refilledAt = clock();
  let queue: Promise<unknown> = Promise.resolve();
  return {
    take() {
      const now = clock();
      const earned = Math.floor((now - refilledAt) / REFILL_MS);
      if (earned > 0) {
        tokens = Math.min(BURST, tokens + earned);
        refilledAt = tokens === BURST ? now : refilledAt + earned * REFILL_MS;
      }
      if (tokens > 0) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((refilledAt + REFILL_MS - now) / 1000));
    },
    serialize(check) {
      const run = queue.then(check, check);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
