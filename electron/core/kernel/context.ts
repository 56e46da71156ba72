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
  /**
   * The office's data key (encryption/): the database is encrypted with it, and so are the backups
   * kept in the data folder. Never leaves the core: no API method returns it, save the recovery
   * code for an administrator who gives the password again.
   */
  dataKey: Buffer;
  /**
   * Puts a prepared database file (encrypted with the data key, migrated, checked) in place of the
   * live one and reopens it, for every caller from the next call on (backup/restore.ts). Returns
   * the new connection: a context copied for one call still holds the closed one.
   */
  replaceDatabase(prepared: string): Database;
}
