import type { Migration } from './types';

/**
 * Issue 7: the office's user accounts. The user name is unique whatever its letter case. The
 * password hash carries its own scheme and parameters ("scrypt$N=…,r=…,p=…$salt$hash"), so the
 * cost can be raised later without a migration. failed_count / locked / last_failed_at drive the
 * lockout policy (accounts/lockout.ts); a locked account stays locked until an administrator
 * unlocks it. Disabled accounts are kept (the audit log names them) but cannot log in.
 * Sessions are not stored: they live in the transports' memory (a later step).
 */
export const migration0013: Migration = {
  version: 13,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE,
        display_name TEXT NOT NULL,
        -- quản trị, cán bộ, chỉ xem
        role TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'viewer')),
        password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        last_failed_at TEXT,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
    `);
  },
};
