import type { Role } from './roles';

/** An account as the API shows it: never the password hash. */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  locked: boolean;
  failedCount: number;
  lastFailedAt: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface LoginResult {
  account: Account;
  role: Role;
}

export type { Role } from './roles';

export type { SessionState } from './own-account';
export type { SecuritySettings } from './security-settings';
