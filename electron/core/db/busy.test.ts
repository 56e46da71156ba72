import path from 'node:path';
import { connect } from '../encryption/sqlcipher';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../app-core';
import { vi } from '../messages/vi';
import { call, createTestCore, TEST_KEY } from './test-helpers';

let core: ReturnType<typeof createTestCore>;
beforeEach(() => (core = createTestCore()));
afterEach(() => core.dispose());

describe('a second program writing the same file', () => {
  it('waits for the other writer (busy timeout), then says so in Vietnamese instead of INTERNAL', async () => {
    expect(core.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    // The product waits 5 s; the test shortens the wait, not the behaviour.
    core.db.pragma('busy_timeout = 200');
    const other = connect(path.join(core.dataDir, DATABASE_FILE), TEST_KEY);
    try {
      other.exec('BEGIN IMMEDIATE');
      const result = await core.invoke('localities.create', { kind: 'ward', name: 'Phường Chờ' });
      expect(result).toEqual({ ok: false, error: { code: 'DB_BUSY', message: vi.errors.DB_BUSY } });
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    // Nothing was half-written, and once the other writer is gone the same call goes through.
    expect(await call(core, 'localities.list', {})).toEqual([]);
    await call(core, 'localities.create', { kind: 'ward', name: 'Phường Chờ' });
  });
});
