import type { Migration } from './types';

/**
 * STAND-IN, to be deleted at merge: number 23 belongs to the policy slice (branch h-policy,
 * 0023-policy.ts). Migrations must be numbered without gaps (migrate.ts), so this branch holds an
 * empty step here to run 0024 on its own; the merge takes h-policy's file and drops this one.
 */
export const migration0023: Migration = {
  version: 23,
  name: 'stand-in-for-policy',
  up() {},
};
