import { expect, it } from 'vitest';
import { auditFor, writeAudit } from './audit';
import { call, type TestCore, useTestCore, refusal } from './test-helpers';
import type { Person } from '../people/schema';

let core: TestCore;
useTestCore((c) => (core = c));

const person = {
  familyName: 'Nguyễn',
  middleName: 'Đức',
  givenName: 'Thắng',
  birthDate: '2005-03-14',
  sex: 'M',
  citizenId: '006205001234',
};

it('writes an audit row with before and after in the same transaction as each change', async () => {
  const created = await call<Person>(core, 'people.create', person);
  const updated = await call<Person>(core, 'people.update', {
    ...person,
    id: created.id,
    version: 1,
    phone: '0912345678',
  });
  await call(core, 'people.archive', { id: created.id, version: updated.version });

  const rows = auditFor(core.db, 'person', created.id);
  expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'archive']);
  expect(rows.every((r) => r.actor === 'tester' && r.at === '2026-11-27T03:00:00.000Z')).toBe(true);
  expect(rows[0]!.before_json).toBeNull();
  expect(JSON.parse(rows[1]!.before_json!).phone).toBeNull();
  expect(JSON.parse(rows[1]!.after_json!).phone).toBe('0912345678');
  expect(JSON.parse(rows[2]!.after_json!).archivedAt).not.toBeNull();
});

it('leaves no audit row and no change behind when the change fails midway', async () => {
  const created = await call<Person>(core, 'people.create', person);
  const auditBefore = core.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number };
  // A stale version makes the update fail after its reads: nothing of it may remain.
  expect(
    await refusal(core, 'people.update', { ...person, id: created.id, version: 99, phone: '0912345678' }),
  ).toMatchObject({ code: 'CONFLICT_VERSION' });
  expect(core.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual(auditBefore);
  expect((await call<Person>(core, 'people.get', { id: created.id })).phone).toBeNull();
});

it('rolls back the audit row together with a change that throws after writing it', () => {
  const countAudit = () => (core.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
  const before = countAudit();
  expect(() =>
    core.db.transaction(() => {
      writeAudit(core.db, {
        actor: 'tester',
        at: new Date(),
        entity: 'person',
        entityId: 'x',
        action: 'update',
        before: null,
        after: { a: 1 },
      });
      throw new Error('disk full');
    })(),
  ).toThrow('disk full');
  expect(countAudit()).toBe(before);
});

it('refuses to write an audit row outside a transaction', () => {
  expect(() =>
    writeAudit(core.db, {
      actor: 't',
      at: new Date(),
      entity: 'x',
      entityId: 'y',
      action: 'create',
      before: null,
      after: {},
    }),
  ).toThrow(/inside/);
});
