import type * as nodeCrypto from 'node:crypto';
import { scrypt } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, createTestCore, TEST_NOW, refusal } from '../db/test-helpers';
import { vi as messages } from '../messages/vi';
import { DEFAULT_SCRYPT } from './password';
import type { Account, LoginResult } from './public-types';
import { createAccount } from './test-steps';

// Node's scrypt, counted (still the real one): an unknown name must cost the same derivation as a wrong password.
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof nodeCrypto>();
  return { ...actual, scrypt: vi.fn(actual.scrypt) };
});

let core: ReturnType<typeof createTestCore>;
let clock: Date;
beforeEach(() => {
  core = createTestCore();
  clock = TEST_NOW;
  core.context.now = () => clock;
});
afterEach(() => core.dispose());

const ADMIN = { username: 'chihuy', displayName: 'Nguyễn Văn Chỉ Huy', password: 'Chihuy@2026' };
const advance = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

async function loginError(username: string, password: string) {
  const result = await core.invoke('accounts.login', { username, password });
  if (result.ok) throw new Error(`login of ${username} unexpectedly succeeded`);
  return result.error;
}

function stored(username: string) {
  return core.db.prepare(`SELECT failed_count, locked FROM accounts WHERE username = ?`).get(username) as {
    failed_count: number;
    locked: number;
  };
}

describe('first-run administrator', () => {
  it('is created once, as admin; a second setup is refused', async () => {
    const first = await call<LoginResult>(core, 'accounts.setupAdmin', ADMIN);
    expect(first.role).toBe('admin');
    expect(first.account).toMatchObject({ username: 'chihuy', role: 'admin', locked: false, disabled: false });
    expect(first.account).not.toHaveProperty('passwordHash');
    expect(await refusal(core, 'accounts.setupAdmin', { ...ADMIN, username: 'khac' })).toMatchObject({
      code: 'ACCOUNT_SETUP_DONE',
    });
  });

  it('needs a password of at least 8 characters, in Vietnamese', async () => {
    expect(await refusal(core, 'accounts.setupAdmin', { ...ADMIN, password: 'ngắn7ch' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { password: 'Mật khẩu phải có ít nhất 8 ký tự.' },
    });
  });
});

// Each scrypt takes 0.1–0.8 s depending on the machine's load: these tests run several in a row.
describe('login', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await call(core, 'accounts.setupAdmin', ADMIN);
  });

  it('logs in with the right password (any letter case in the name) and audits it without the password', async () => {
    const result = await call<LoginResult>(core, 'accounts.login', { username: 'ChiHuy', password: ADMIN.password });
    expect(result).toMatchObject({ role: 'admin', account: { username: 'chihuy' } });
    const log = core.db.prepare(`SELECT actor, entity, action, after_json FROM audit_log ORDER BY seq`).all();
    expect(log).toContainEqual({ actor: 'chihuy', entity: 'session', action: 'login', after_json: '{"role":"admin"}' });
    const everything = JSON.stringify(core.db.prepare(`SELECT * FROM audit_log`).all());
    expect(everything).not.toContain(ADMIN.password);
    expect(everything).not.toContain('scrypt$');
  });

  it('gives an unknown name the same message as a wrong password, after the same real scrypt', async () => {
    // The work is counted, not timed: one scrypt derivation at today's cost for each answer.
    const attempt = async (username: string) => {
      vi.mocked(scrypt).mockClear();
      const error = await loginError(username, 'sai-mat-khau');
      return { error, derivations: vi.mocked(scrypt).mock.calls.map((c) => (c[3] as { N: number }).N) };
    };
    const wrong = await attempt('chihuy');
    const unknown = await attempt('khongtontai');
    expect(unknown.error).toEqual(wrong.error);
    expect(wrong.error).toEqual({ code: 'LOGIN_FAILED', message: messages.errors.LOGIN_FAILED });
    expect(wrong.derivations).toEqual([DEFAULT_SCRYPT.N]);
    expect(unknown.derivations).toEqual(wrong.derivations);
    const failures = core.db
      .prepare(`SELECT entity_id, after_json FROM audit_log WHERE action = 'login_failed' ORDER BY seq`)
      .all() as Array<{ entity_id: string; after_json: string }>;
    expect(failures.map((f) => JSON.parse(f.after_json).reason)).toEqual(['wrong_password', 'unknown_user']);
    expect(JSON.stringify(failures)).not.toContain('khongtontai');
  });

  it('refuses a disabled account with the same message, even with the right password', async () => {
    const viewer = await createAccount(core, 'viewer', 'xem', 'Trần Thị Xem', 'Xemthoi@2026');
    await call(core, 'accounts.disable', { id: viewer.id, version: viewer.version });
    expect(await loginError('xem', 'Xemthoi@2026')).toMatchObject({ code: 'LOGIN_FAILED' });
  });

  it('delays, then locks at the 5th failure; only the right password learns of the lock; unlock restores', async () => {
    // A second administrator: only then may the first be locked for good.
    await call(core, 'accounts.create', { ...ADMIN, username: 'phohuy', displayName: 'Phó chỉ huy', role: 'admin' });
    expect(await loginError('chihuy', 'sai-1')).toMatchObject({ code: 'LOGIN_FAILED' });
    expect(await loginError('chihuy', 'sai-2')).toMatchObject({ code: 'LOGIN_FAILED' });
    // An early retry is refused before the password is checked: even the right one does not get in.
    expect(await loginError('chihuy', ADMIN.password)).toEqual({
      code: 'LOGIN_WAIT',
      message: 'Đã nhập sai nhiều lần. Vui lòng đợi 1 giây rồi thử lại.',
    });
    expect(stored('chihuy')).toEqual({ failed_count: 2, locked: 0 });
    advance(1);
    expect(await loginError('chihuy', 'sai-3')).toMatchObject({ code: 'LOGIN_FAILED' });
    advance(1);
    expect(await loginError('chihuy', 'sai-4')).toMatchObject({
      code: 'LOGIN_WAIT',
      message: expect.stringContaining('1 giây'),
    });
    advance(1);
    expect(await loginError('chihuy', 'sai-4')).toMatchObject({ code: 'LOGIN_FAILED' });
    advance(4);
    expect(await loginError('chihuy', 'sai-5')).toMatchObject({ code: 'LOGIN_FAILED' });
    expect(stored('chihuy')).toEqual({ failed_count: 5, locked: 1 });

    advance(8);
    expect(await loginError('chihuy', ADMIN.password)).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      message: expect.stringContaining('Tài khoản đã bị khóa'),
    });

    // The office's other administrator (here: the core's own admin context) unlocks it.
    const account = (await call<Account[]>(core, 'accounts.list')).find((a) => a.username === 'chihuy');
    const unlocked = await call<Account>(core, 'accounts.unlock', { id: account!.id });
    expect(unlocked).toMatchObject({ locked: false, failedCount: 0, lastFailedAt: null });
    const again = await call<LoginResult>(core, 'accounts.login', { username: 'chihuy', password: ADMIN.password });
    expect(again.role).toBe('admin');
    const actions = core.db.prepare(`SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq`).pluck();
    expect(actions.all(account!.id)).toEqual([
      'create',
      ...Array(5).fill('login_failed'),
      'login_failed', // right password, but locked
      'unlock',
      'login',
    ]);
  });

  it('refuses a second attempt at the same name while the first is being checked', async () => {
    const both = await Promise.all([loginError('chihuy', 'sai-1'), loginError('chihuy', 'sai-2')]);
    expect(both.map((e) => e.code).sort()).toEqual(['LOGIN_FAILED', 'LOGIN_WAIT']);
    expect(stored('chihuy')).toEqual({ failed_count: 1, locked: 0 });
  });

  it('throttles an unknown name exactly like a real one, so "please wait" betrays nothing', async () => {
    for (const name of ['chihuy', 'khongco']) {
      await loginError(name, 'sai-1');
      await loginError(name, 'sai-2');
    }
    expect(await loginError('khongco', 'sai-3')).toEqual(await loginError('chihuy', 'sai-3'));
  });

  it('never locks the last usable administrator for good: only the growing delays, bounded at 5 minutes', async () => {
    for (let i = 1; i <= 8; i += 1) {
      expect(await loginError('chihuy', `sai-${i}`)).toMatchObject({ code: 'LOGIN_FAILED' });
      advance(300);
    }
    expect(stored('chihuy')).toEqual({ failed_count: 8, locked: 0 });
    const result = await call<LoginResult>(core, 'accounts.login', { username: 'chihuy', password: ADMIN.password });
    expect(result.role).toBe('admin');
    expect(stored('chihuy')).toEqual({ failed_count: 0, locked: 0 });
  });

  it('lets the last administrator in even when an older version had locked the account', async () => {
    core.db.prepare(`UPDATE accounts SET locked = 1, failed_count = 5 WHERE username = 'chihuy'`).run();
    const result = await call<LoginResult>(core, 'accounts.login', { username: 'chihuy', password: ADMIN.password });
    expect(result.role).toBe('admin');
    expect(stored('chihuy')).toEqual({ failed_count: 0, locked: 0 });
  });

  it('checks at most a burst of passwords office-wide, whatever names they come with', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `ten-bia-${i}`);
    const errors = await Promise.all(names.map((name) => loginError(name, 'doan-bua')));
    const codes = errors.map((e) => e.code);
    expect(codes.filter((c) => c === 'LOGIN_FAILED').length).toBeLessThanOrEqual(10);
    expect(codes.filter((c) => c === 'LOGIN_WAIT').length).toBeGreaterThanOrEqual(10);
    expect(codes.every((c) => c === 'LOGIN_FAILED' || c === 'LOGIN_WAIT')).toBe(true);
  });
});
