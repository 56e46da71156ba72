import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { createSessionGate, type SessionGate } from './sessions';
import { createAccount } from './test-steps';

const PASSWORD = 'mat-khau-dai-1';
let core: ReturnType<typeof createTestCore>;
let gate: SessionGate;

beforeEach(() => {
  core = createTestCore();
  gate = createSessionGate(core.context, core.invokeWith);
});
afterEach(() => core.dispose());

const code = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error!.code);

describe('login sessions (both transports go through this gate)', () => {
  it('runs nothing but public methods before a login, and says a first run needs an administrator', async () => {
    expect(code(await gate.invoke('w1', 'people.list', {}))).toBe('LOGIN_REQUIRED');
    expect(await gate.invoke('w1', 'accounts.me', {})).toMatchObject({
      ok: true,
      value: { account: null, needsSetup: true, security: { idleLockMinutes: 15 } },
    });
  });

  it('logs the setup window in as the administrator; other keys stay logged out; logout ends it', async () => {
    const setup = await gate.invoke('w1', 'accounts.setupAdmin', {
      username: 'quantri',
      displayName: 'Quản trị',
      password: PASSWORD,
    });
    expect(code(setup)).toBe('ok');
    expect(code(await gate.invoke('w1', 'people.list', {}))).toBe('ok');
    expect(code(await gate.invoke('w2', 'people.list', {}))).toBe('LOGIN_REQUIRED');
    expect(await gate.invoke('w2', 'accounts.me', {})).toMatchObject({ value: { account: null, needsSetup: false } });
    expect(code(await gate.invoke('w1', 'accounts.logout', {}))).toBe('ok');
    expect(code(await gate.invoke('w1', 'people.list', {}))).toBe('LOGIN_REQUIRED');
    const trail = await call<{ rows: Array<{ action: string; actor: string }> }>(core, 'audit.list', {});
    expect(trail.rows.map((r) => r.action)).toContain('logout');
  });

  it('records changes under the logged-in user, and drops a session whose account is disabled', async () => {
    const officer = await createAccount(core, 'officer', 'canbo', 'Cán bộ', PASSWORD);
    expect(code(await gate.invoke('w1', 'accounts.login', { username: 'canbo', password: PASSWORD }))).toBe('ok');
    const person = await gate.invoke('w1', 'people.create', {
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: 'An',
      birthDate: '2005-03-14',
      sex: 'M',
    });
    expect(code(person)).toBe('ok');
    const history = await call<Array<{ actor: string }>>(core, 'audit.forEntity', {
      entity: 'person',
      entityId: (person as { value: { id: string } }).value.id,
    });
    expect(history[0]!.actor).toBe('canbo');
    expect(code(await gate.invoke('w1', 'office.update', {}))).toBe('FORBIDDEN');
    await call(core, 'accounts.disable', { id: officer.id, version: officer.version });
    expect(code(await gate.invoke('w1', 'people.list', {}))).toBe('LOGIN_REQUIRED');
    expect(gate.has('w1')).toBe(false);
  });

  it('changes one’s own password only with the current one, and keeps the idle-lock time the office set', async () => {
    await gate.invoke('w1', 'accounts.setupAdmin', {
      username: 'quantri',
      displayName: 'Quản trị',
      password: PASSWORD,
    });
    const wrong = await gate.invoke('w1', 'accounts.changeOwnPassword', {
      currentPassword: 'khong-dung-1',
      newPassword: 'mat-khau-moi-2',
    });
    expect(code(wrong)).toBe('PASSWORD_CURRENT_WRONG');
    const ok = await gate.invoke('w1', 'accounts.changeOwnPassword', {
      currentPassword: PASSWORD,
      newPassword: 'mat-khau-moi-2',
    });
    expect(code(ok)).toBe('ok');
    expect(code(await gate.invoke('w2', 'accounts.login', { username: 'quantri', password: PASSWORD }))).toBe(
      'LOGIN_FAILED',
    );
    expect(code(await gate.invoke('w2', 'accounts.login', { username: 'quantri', password: 'mat-khau-moi-2' }))).toBe(
      'ok',
    );
    expect(code(await gate.invoke('w1', 'accounts.security.update', { idleLockMinutes: 500 }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await gate.invoke('w1', 'accounts.security.update', { idleLockMinutes: 5 })).toMatchObject({
      ok: true,
      value: { idleLockMinutes: 5 },
    });
    expect(await gate.invoke('w2', 'accounts.me', {})).toMatchObject({ value: { security: { idleLockMinutes: 5 } } });
  });

  it("ends a session on the server after the office's idle time without a call; calls keep it alive", async () => {
    let clock = core.context.now().getTime();
    const timed = createSessionGate({ ...core.context, now: () => new Date(clock) }, core.invokeWith);
    const setup = { username: 'quantri', displayName: 'Quản trị', password: PASSWORD };
    expect(code(await timed.invoke('w1', 'accounts.setupAdmin', setup))).toBe('ok');
    // The default idle time is 15 minutes: a call every 14 minutes keeps the session.
    for (let i = 0; i < 3; i += 1) {
      clock += 14 * 60_000;
      expect(code(await timed.invoke('w1', 'people.list', {}))).toBe('ok');
    }
    clock += 15 * 60_000;
    expect(code(await timed.invoke('w1', 'people.list', {}))).toBe('LOGIN_REQUIRED');
    expect(timed.has('w1')).toBe(false);
    // "Never lock" (0) keeps a session however long it waits.
    expect(code(await timed.invoke('w2', 'accounts.login', { username: 'quantri', password: PASSWORD }))).toBe('ok');
    expect(code(await timed.invoke('w2', 'accounts.security.update', { idleLockMinutes: 0 }))).toBe('ok');
    clock += 24 * 60 * 60_000;
    expect(code(await timed.invoke('w2', 'people.list', {}))).toBe('ok');
  });
});
