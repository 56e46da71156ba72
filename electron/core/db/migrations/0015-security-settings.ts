import type { Migration } from './types';

/**
 * Issue 7: the office's security settings — for now the idle lock (minutes without a keystroke
 * or click before the screen locks and the password is asked again; 0 = never). One row at most;
 * without one the program uses the default in accounts/security-settings.ts.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'security-settings',
  up(db) {
    db.exec(`
      CREATE TABLE security_settings (
        id TEXT PRIMARY KEY,
        idle_lock_minutes INTEGER NOT NULL CHECK (idle_lock_minutes BETWEEN 0 AND 480),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
    `);
  },
};
