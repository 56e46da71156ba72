import type { Migration } from './types';

/**
 * Placeholder for 0029, which the h-docs branch (issue 19 §1) owns: migrations must be numbered
 * without gaps, and this branch's 0030 has to run before that branch is merged. Drop this file
 * (and its line in index.ts) when h-docs' real 0029 comes in.
 */
export const migration0029: Migration = {
  version: 29,
  name: 'reserved',
  up() {},
};
