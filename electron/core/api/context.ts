import type { Database } from 'better-sqlite3';
import type { Logger } from '../log/logger';

/** What every handler gets besides its validated input. */
export interface ApiContext {
  db: Database;
  /** The clock, injectable so tests can fix "today". */
  now(): Date;
  /** Who is making the change, recorded in the audit log. */
  actor: string;
  dataDir: string;
  log: Logger;
}
