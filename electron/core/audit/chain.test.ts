import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAudit } from '../db/audit';
import { openDatabase } from '../db/connection';
import { migrations } from '../db/migrations';
import { call, makeTempDir, removeTempDir, TEST_KEY, type TestCore, useTestCore } from '../db/test-helpers';
import type { Person } from '../people/schema';
import type { AuditCheck } from './verify';
import { verifyAuditChain } from './verify';

let core: TestCore;
useTestCore((c) => (core = c));

const person = (givenName: string, citizenId: string) => ({
  familyName: 'Nguyễn',
  middleName: 'Văn',
  givenName,
  birthDate: '2005-03-14',
  sex: 'M',
  citizenId,
});

/** Five audited changes through the real API: three creates and two updates. */
async function someHistory(): Promise<Person[]> {
  const a = await call<Person>(core, 'people.create', person('An', '001205000001'));
  const b = await call<Person>(core, 'people.create', person('Bình', '001205000002'));
  const c = await call<Person>(core, 'people.create', person('Cường', '001205000003'));
  await call(core, 'people.update', { ...person('An', '001205000001'), id: a.id, version: 1, phone: '0912345678' });
  await call(core, 'people.update', { ...person('Bình', '001205000002'), id: b.id, version: 1, phone: '0987654321' });
  return [a, b, c];
}

/** What an intruder with a SQLite tool would do first: the triggers are in the way. */
function dropGuards() {
  core.db.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;`);
}

describe('the audit chain', () => {
  it('verifies an untouched log, counting every row', async () => {
    await someHistory();
    const result = await call<AuditCheck>(core, 'audit.verify');
    expect(result).toMatchObject({ ok: true, checked: 5, broken: null });
    expect(result.message).toBe('Nhật ký nguyên vẹn: đã kiểm tra 5 dòng.');
  });

  it('links each row to the one before it, in the order written', async () => {
    await someHistory();
    const rows = core.db.prepare('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq').all() as Array<{
      seq: number;
      prev_hash: string;
      hash: string;
    }>;
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(5);
  });

  it('detects an edited row and names it', async () => {
    const [a] = await someHistory();
    dropGuards();
    // Someone rewrites history: the phone "was never" changed.
    core.db
      .prepare(`UPDATE audit_log SET after_json = replace(after_json, '0912345678', '0900000000') WHERE seq = 4`)
      .run();
    const result = await call<AuditCheck>(core, 'audit.verify');
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(3);
    expect(result.broken).toMatchObject({ reason: 'edited', seq: 4, entity: 'person', entityId: a!.id });
    expect(result.message).toMatch(/^Dòng số 4 \(mã [0-9a-f-]{36}, \d\d\/\d\d\/2026 \d\d:\d\d\) đã bị sửa/);
  });

  it('detects an edit of the actor or the time, not only of the data', async () => {
    await someHistory();
    dropGuards();
    core.db.prepare(`UPDATE audit_log SET actor = 'someone else' WHERE seq = 2`).run();
    expect(verifyAuditChain(core.db).broken).toMatchObject({ reason: 'edited', seq: 2 });
  });

  it('detects a deleted row and names the gap and the row after it', async () => {
    await someHistory();
    dropGuards();
    const next = core.db.prepare('SELECT id FROM audit_log WHERE seq = 4').get() as { id: string };
    core.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    const result = verifyAuditChain(core.db);
    expect(result).toMatchObject({ ok: false, checked: 2 });
    expect(result.broken).toMatchObject({ reason: 'missing', seq: 4, id: next.id, missingFrom: 3, missingTo: 3 });
    expect(result.message).toContain('Thiếu dòng số 3–3 trước dòng số 4');
  });

  it('detects a deleted row even when the sequence numbers were renumbered to hide it', async () => {
    await someHistory();
    dropGuards();
    core.db.exec(`DELETE FROM audit_log WHERE seq = 3; UPDATE audit_log SET seq = seq - 1 WHERE seq > 3;`);
    expect(verifyAuditChain(core.db).broken).toMatchObject({ reason: 'relinked', seq: 3 });
  });

  it('detects a row inserted behind the program’s back', async () => {
    await someHistory();
    core.db.exec('DROP TRIGGER audit_log_append_only');
    core.db
      .prepare(
        `INSERT INTO audit_log (id, at, actor, entity, entity_id, action) VALUES ('x', '2026-01-01T00:00:00.000Z', 'a', 'person', 'p', 'create')`,
      )
      .run();
    expect(verifyAuditChain(core.db).broken).toMatchObject({ reason: 'not_chained', id: 'x' });
  });
});

describe('the audit table refuses changes', () => {
  it('refuses UPDATE and DELETE, leaving the rows and the chain intact', async () => {
    await someHistory();
    expect(() => core.db.prepare(`UPDATE audit_log SET actor = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
    expect(() => core.db.prepare(`DELETE FROM audit_log WHERE seq = 5`).run()).toThrow(/append-only/);
    expect(() => core.db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    expect(verifyAuditChain(core.db)).toMatchObject({ ok: true, checked: 5 });
  });

  it('refuses an insert that does not extend the chain by one', async () => {
    await someHistory();
    const insert = core.db.prepare(
      `INSERT INTO audit_log (seq, id, at, actor, entity, entity_id, action, prev_hash, hash)
       VALUES (?, 'y', '2026-01-01T00:00:00.000Z', 'a', 'person', 'p', 'create', 'h', 'h')`,
    );
    expect(() => insert.run(3)).toThrow(/appended by writeAudit/);
    expect(() => insert.run(9)).toThrow(/appended by writeAudit/);
  });
});

describe('migration 12', () => {
  it('chains the rows an existing database already holds, in the order they were written', () => {
    const dir = makeTempDir();
    try {
      const file = path.join(dir, 'old.sqlite');
      const old = openDatabase(file, { key: TEST_KEY, migrations: migrations.slice(0, 11) });
      expect(old.pragma('user_version', { simple: true })).toBe(11);
      const insert = old.prepare(
        `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, after_json)
         VALUES (?, ?, 'cán bộ', 'person', 'p1', ?, ?, ?)`,
      );
      // Written out of id order and two in the same millisecond: order is by time, then insertion.
      insert.run('c', '2025-01-02T00:00:00.000Z', 'update', '{"phone":null}', '{"phone":"0912345678"}');
      insert.run('a', '2025-01-01T00:00:00.000Z', 'create', null, '{"givenName":"An"}');
      insert.run('b', '2025-01-02T00:00:00.000Z', 'archive', '{"archivedAt":null}', '{"archivedAt":"x"}');
      old.close();

      const migrated = openDatabase(file, { key: TEST_KEY });
      try {
        expect(migrated.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(12);
        const order = migrated.prepare('SELECT id FROM audit_log ORDER BY seq').pluck().all();
        expect(order).toEqual(['a', 'c', 'b']);
        expect(verifyAuditChain(migrated)).toMatchObject({ ok: true, checked: 3 });
        // New rows continue the migrated chain, and the old rows are now guarded too.
        migrated.transaction(() =>
          writeAudit(migrated, {
            actor: 'cán bộ',
            at: new Date('2025-02-01T00:00:00Z'),
            entity: 'person',
            entityId: 'p1',
            action: 'restore',
            before: null,
            after: {},
          }),
        )();
        expect(verifyAuditChain(migrated)).toMatchObject({ ok: true, checked: 4 });
        expect(() => migrated.prepare(`UPDATE audit_log SET actor = 'x' WHERE id = 'a'`).run()).toThrow(/append-only/);
      } finally {
        migrated.close();
      }
    } finally {
      removeTempDir(dir);
    }
  });
});
