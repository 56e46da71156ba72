import type { ApiContext } from '../kernel/context';
import type { ApiResult } from '../kernel/method';
import type { LoginResult } from './public-types';
import * as repo from './repository';
import { getSecuritySettings } from './security-settings';

/** Calls the router with a context of the caller's choosing (app-core's `invokeWith`). */
type InvokeWith = (ctx: ApiContext, method: string, input: unknown) => Promise<ApiResult>;

export interface SessionGate {
  /** Calls a method as whoever is logged in under `key` (an Electron window, a browser-mode cookie). */
  invoke(key: string, method: string, input: unknown): Promise<ApiResult>;
  /** Forgets a key's login (its window closed). */
  end(key: string): void;
  /** Whether someone is logged in under the key. */
  has(key: string): boolean;
}

/** The methods whose success logs the caller's key in. */
const LOGIN_METHODS = new Set(['accounts.login', 'accounts.setupAdmin']);

const LOGOUT_METHOD = 'accounts.logout';

/** Whether a successful call of `method` starts a session (browser mode then issues a fresh cookie). */
export const isLoginMethod = (method: string): boolean => LOGIN_METHODS.has(method);
/** Whether calling `method` ends the caller's session (browser mode then clears its cookie). */
export const isLogoutMethod = (method: string): boolean => method === LOGOUT_METHOD;

interface Session {
  accountId: string;
  /** When the key last made a call (ms): the idle time is counted from here. */
  lastSeen: number;
}

/**
 * Login sessions for both transports. A session is only "key → account id", kept in memory
 * (never stored: a restart asks for the password again). The account is read again on every
 * call, so a role change, a lock, a disabled account or a restore that removed it takes
 * effect on the very next call; the router then checks the role against permissions.ts.
 * A session unused for the office's idle time ends here too, not only on the screen: a tab
 * left open (or a cookie copied from it) is worth nothing after that. The screen keeps its
 * session alive while someone works in it (AuthGate's heartbeat).
 */
export function createSessionGate(base: ApiContext, invokeWith: InvokeWith): SessionGate {
  const sessions = new Map<string, Session>();

  function expired(session: Session, now: number): boolean {
    const minutes = getSecuritySettings(base).idleLockMinutes;
    return minutes > 0 && now - session.lastSeen >= minutes * 60_000;
  }

  function contextFor(key: string): ApiContext {
    const session = sessions.get(key);
    const now = base.now().getTime();
    const stored = session && !expired(session, now) ? repo.findById(base.db, session.accountId) : null;
    if (!stored || stored.disabled || stored.locked) {
      sessions.delete(key);
      return { ...base, role: null, accountId: null };
    }
    session!.lastSeen = now;
    return { ...base, actor: stored.username, role: stored.role, accountId: stored.id };
  }

  return {
    async invoke(key, method, input) {
      const result = await invokeWith(contextFor(key), method, input);
      if (result.ok && LOGIN_METHODS.has(method)) {
        sessions.set(key, { accountId: (result.value as LoginResult).account.id, lastSeen: base.now().getTime() });
      }
      if (isLogoutMethod(method)) sessions.delete(key);
      return result;
    },
    end: (key) => void sessions.delete(key),
    has: (key) => sessions.has(key),
  };
}
