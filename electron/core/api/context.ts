import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Role } from '../accounts/roles';
import type { Logger } from '../log/logger';

/** What every handler gets besides its validated input. */
export interface ApiContext {
  db: Database;
  /** The clock, injectable so tests can fix "today". */
  now(): Date;
  /** Who is making the change, recorded in the audit log. */
  actor: string;
  /**
   * The caller's role, checked by the router against accounts/permissions.ts; null = nobody
   * logged in (only public methods run). The transports set it per call from the window's
   * login session (accounts/sessions.ts); the core's own context (CLI, tests) is 'admin'.
   */
  role: Role | null;
  /** The logged-in account, when the call comes through a login session. */
  accountId?: string | null;
  dataDir: string;
  log: Logger;
}
