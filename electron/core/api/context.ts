import type { Database } from 'better-sqlite3';
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
   * logged in (only public methods run). Until login is wired into the transports, the core
   * is opened as 'admin' (see app-core.ts), which is what every caller was before.
   */
  role: Role | null;
  dataDir: string;
  log: Logger;
}
