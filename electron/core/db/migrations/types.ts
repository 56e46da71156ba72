import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One schema step. `version` equals the file's number; `up` runs inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
