/**
 * Office steps for the core's tests: an account added as the accounts screen adds one, by an
 * administrator of the test core.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { Account } from './public-types';

/** `accounts.create`: its role, user name, display name and password. */
export function createAccount(core: Core, role: string, username: string, displayName: string, password: string) {
  return call<Account>(core, 'accounts.create', { username, displayName, role, password });
}
