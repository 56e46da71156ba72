import type { Database } from 'better-sqlite3-multiple-ciphers';
import { updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import type { LockState } from './lockout';
import type { Account } from './public-types';
import type { Role } from './roles';

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  failed_count: number;
  locked: number;
  last_failed_at: string | null;
  disabled: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The stored account with its hash: stays inside the core (see `toAccount`). */
export interface StoredAccount extends Account {
  passwordHash: string;
}

function fromRow(row: AccountRow): StoredAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    locked: row.locked === 1,
    failedCount: row.failed_count,
    lastFailedAt: row.last_failed_at,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    passwordHash: row.password_hash,
  };
}

/** The public view: everything but the hash. */
export function toAccount(stored: StoredAccount): Account {
  const { passwordHash: _hash, ...account } = stored;
  return account;
}

export function lockStateOf(account: StoredAccount): LockState {
  return {
    failedCount: account.failedCount,
    locked: account.locked,
    lastFailedAt: account.lastFailedAt ? new Date(account.lastFailedAt) : null,
  };
}

export function countAccounts(db: Database): number {
  return statement(db, `SELECT COUNT(*) FROM accounts`).pluck().get() as number;
}

/** Active administrators other than `exceptId`: the last one may not be demoted or disabled. */
export function countOtherActiveAdmins(db: Database, exceptId: string): number {
  return statement(db, `SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND disabled = 0 AND id <> ?`)
    .pluck()
    .get(exceptId) as number;
}

/** Administrators other than `exceptId` who could log in now: not disabled, not locked. */
export function countOtherUsableAdmins(db: Database, exceptId: string): number {
  return statement(db, `SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND disabled = 0 AND locked = 0 AND id <> ?`)
    .pluck()
    .get(exceptId) as number;
}

/**
 * Whether a lock keeps this account out: never for the last administrator who could unlock the
 * others (lockout.ts), also when the lock was set by an older version of the program.
 */
export function lockHolds(db: Database, account: StoredAccount): boolean {
  if (!account.locked) return false;
  return account.role !== 'admin' || countOtherUsableAdmins(db, account.id) > 0;
}

export function findById(db: Database, id: string): StoredAccount | null {
  const row = statement(db, `SELECT * FROM accounts WHERE id = ?`).get(id) as AccountRow | undefined;
  return row ? fromRow(row) : null;
}

/** Case-insensitive: the column is COLLATE NOCASE. */
export function findByUsername(db: Database, username: string): StoredAccount | null {
  const row = statement(db, `SELECT * FROM accounts WHERE username = ?`).get(username) as AccountRow | undefined;
  return row ? fromRow(row) : null;
}

export function listAccounts(db: Database): Account[] {
  const rows = statement(db, `SELECT * FROM accounts ORDER BY disabled, username`).all() as AccountRow[];
  return rows.map((row) => toAccount(fromRow(row)));
}

export interface NewAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  at: string;
}

export function insertAccount(db: Database, a: NewAccount): void {
  statement(
    db,
    `INSERT INTO accounts (id, username, display_name, role, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.username, a.displayName, a.role, a.passwordHash, a.at, a.at);
}

/** Name and role: a user-visible edit, so it bumps the version (returns false on a stale one). */
export function updateProfile(
  db: Database,
  id: string,
  expectedVersion: number,
  change: { displayName: string; role: Role; disabled: boolean },
  at: string,
): boolean {
  return updateAtVersion(
    db,
    'accounts',
    'display_name = @displayName, role = @role, disabled = @disabled',
    { id, version: expectedVersion, at },
    { ...change, disabled: change.disabled ? 1 : 0 },
  );
}

/**
 * The lockout bookkeeping. Failures do not bump the version (they are not edits, and an
 * administrator's open form must not turn stale because someone mistyped a password).
 */
export function saveLockState(db: Database, id: string, state: LockState): void {
  statement(db, `UPDATE accounts SET failed_count = ?, locked = ?, last_failed_at = ? WHERE id = ?`).run(
    state.failedCount,
    state.locked ? 1 : 0,
    state.lastFailedAt ? state.lastFailedAt.toISOString() : null,
    id,
  );
}

export function savePasswordHash(db: Database, id: string, passwordHash: string, at: string): void {
  statement(db, `UPDATE accounts SET password_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?`).run(
    passwordHash,
    at,
    id,
  );
}
