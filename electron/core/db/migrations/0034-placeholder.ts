import type { Migration } from './types';

/**
 * Placeholder for migration 34 (slice S of issue 20: the sending side's tables), so this branch's
 * migration 35 keeps the numbering contiguous. Replaced by 0034-exchange-sender.ts when both land.
 */
export const migration0034: Migration = {
  version: 34,
  name: 'exchange-sender-placeholder',
  up() {},
};
