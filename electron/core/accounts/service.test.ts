import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type { Account, LoginResult } from './public-types';
import { createAccount } from './test-steps';

let core: TestCore;
let admin: Account;
useTestCore(async (c) => {
  core = c;
  admin = (
    await call<LoginResult>(core, 'accounts.setupAdmin', {
      username: 'chihuy',
      displayName: 'Nguyễn Văn Chỉ Huy',
      password: 'Chihuy@2026',
    })
  ).account;
});

// Each scrypt takes 0.1–0.8 s depending on the machine's load.
describe('account management', { timeout: 60_000 }, () => {
  it('creates accounts, refuses a taken name whatever its letter case, never shows a hash', async () => {
    const officer = await createAccount(core, 'officer', 'CanBo.Lan', 'Trần Thị Lan', 'CanBo@2026');
    expect(officer).toMatchObject({ username: 'canbo.lan', role: 'officer', version: 1 });
    const input = { username: 'CHIHUY', displayName: 'Trùng tên', role: 'viewer', password: 'Trung@2026' };
    expect(await refusal(core, 'accounts.create', input)).toMatchObject({
      code: 'ACCOUNT_USERNAME_TAKEN',
      fieldErrors: { username: expect.stringContaining('chihuy') },
    });
    const list = await call<Account[]>(core, 'accounts.list');
    expect(list.map((a) => a.username)).toEqual(['canbo.lan', 'chihuy']);
    expect(JSON.stringify(list)).not.toContain('scrypt');
  });

  it('checks the user name format and password length in Vietnamese', async () => {
    const input = { username: 'tên có dấu', displayName: 'X', role: 'boss', password: '1234567' };
    expect(await refusal(core, 'accounts.create', input)).toMatchObject({
      fieldErrors: {
        username: expect.stringContaining('Tên đăng nhập gồm 3–32 ký tự'),
        role: 'Vai trò không hợp lệ (quản trị, cán bộ hoặc chỉ xem).',
        password: 'Mật khẩu phải có ít nhất 8 ký tự.',
      },
    });
  });

  it('audits a role change as role_change, and keeps the last administrator', async () => {
    const viewer = await createAccount(core, 'viewer', 'xem', 'Lê Văn Xem', 'Xemthoi@2026');
    const promoted = await call<Account>(core, 'accounts.update', { id: viewer.id, version: 1, role: 'admin' });
    expect(promoted).toMatchObject({ role: 'admin', version: 2 });
    const renamed = await call<Account>(core, 'accounts.update', { id: viewer.id, version: 2, displayName: 'Lê Xem' });
    expect(renamed.displayName).toBe('Lê Xem');
    const log = core.db
      .prepare(`SELECT action, before_json, after_json FROM audit_log WHERE entity_id = ? ORDER BY seq`)
      .all(viewer.id) as Array<{ action: string; before_json: string | null; after_json: string }>;
    expect(log.map((r) => r.action)).toEqual(['create', 'role_change', 'update']);
    expect(JSON.parse(log[1]!.before_json!).role).toBe('viewer');
    expect(JSON.parse(log[1]!.after_json).role).toBe('admin');

    // Two administrators: one may step down; the other is then the last and may not.
    await call(core, 'accounts.update', { id: admin.id, version: admin.version, role: 'officer' });
    expect(await refusal(core, 'accounts.update', { id: viewer.id, version: 3, role: 'viewer' })).toMatchObject({
      code: 'ACCOUNT_LAST_ADMIN',
    });
    expect(await refusal(core, 'accounts.disable', { id: viewer.id, version: 3 })).toMatchObject({
      code: 'ACCOUNT_LAST_ADMIN',
    });
    expect(await refusal(core, 'accounts.update', { id: viewer.id, version: 1, displayName: 'Cũ' })).toMatchObject({
      code: 'CONFLICT_VERSION',
    });
  });

  it('resets a password (the old one stops working, the lock is cleared) without logging it', async () => {
    await core.invoke('accounts.login', { username: 'chihuy', password: 'sai-mat-khau' });
    expect((await call<Account[]>(core, 'accounts.list'))[0]!.failedCount).toBe(1);
    const reset = await call<Account>(core, 'accounts.resetPassword', { id: admin.id, password: 'MatKhauMoi@2026' });
    expect(reset).toMatchObject({ failedCount: 0, locked: false, lastFailedAt: null });
    expect(await refusal(core, 'accounts.login', { username: 'chihuy', password: 'Chihuy@2026' })).toMatchObject({
      code: 'LOGIN_FAILED',
    });
    const fresh = await call<LoginResult>(core, 'accounts.login', { username: 'chihuy', password: 'MatKhauMoi@2026' });
    expect(fresh.role).toBe('admin');
    const everything = JSON.stringify(core.db.prepare(`SELECT * FROM audit_log`).all());
    expect(everything).not.toContain('MatKhauMoi');
    expect(everything).not.toContain('scrypt$');
  });
});
