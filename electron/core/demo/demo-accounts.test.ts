import { afterEach, beforeEach, expect, it } from 'vitest';
import { createSessionGate } from '../accounts/sessions';
import { call, createTestCore } from '../db/test-helpers';
import { demoAccountsLine } from './demo-accounts';
import { DEMO_OFFICE } from './places';

let core: ReturnType<typeof createTestCore>;
beforeEach(() => (core = createTestCore()));
afterEach(() => core.dispose());

const usernames = async () =>
  (await call<Array<{ username: string; role: string }>>(core, 'accounts.list', {}))
    .map((a) => `${a.username}:${a.role}`)
    .sort();

it('gives a new demo office one account per role, printed with its password, each able to log in', async () => {
  await call(core, 'office.update', DEMO_OFFICE);
  const line = await demoAccountsLine(core.context, true);
  expect(line).toBe(
    'Demo accounts (user / password): quantri / demo-quantri (Quản trị), canbo / demo-canbo (Cán bộ), chixem / demo-chixem (Chỉ xem).',
  );
  expect(await usernames()).toEqual(['canbo:officer', 'chixem:viewer', 'quantri:admin']);
  const gate = createSessionGate(core.context, core.invokeWith);
  expect(await gate.invoke('w', 'accounts.login', { username: 'chixem', password: 'demo-chixem' })).toMatchObject({
    ok: true,
    value: { role: 'viewer' },
  });
  // The next start lists them again, without creating anything.
  expect(await demoAccountsLine(core.context, false)).toContain('unless changed since');
  expect(await usernames()).toHaveLength(3);
});

it('never gives a real office a default account, even when started with --demo', async () => {
  await call(core, 'office.update', { ...DEMO_OFFICE, name: 'BAN CHQS XÃ THỬ' });
  expect(await demoAccountsLine(core.context, false)).toBeNull();
  expect(await usernames()).toEqual([]);
});
