import { describe, expect, it } from 'vitest';
import { createSessionGate, type SessionGate } from '../accounts/sessions';
import { call, TEST_KEY, writeTestKeyFile, type TestCore, useTestCore } from '../db/test-helpers';
import { keyFromRecoveryCode } from './recovery-code';

let core: TestCore;
let gate: SessionGate;
const PASSWORD = 'mat-khau-quan-tri-1';

useTestCore(async (c) => {
  core = c;
  writeTestKeyFile(core.dataDir);
  gate = createSessionGate(core.context, core.invokeWith);
  await gate.invoke('admin', 'accounts.setupAdmin', {
    username: 'quantri',
    displayName: 'Quản trị',
    password: PASSWORD,
  });
});

describe('the recovery code on screen', () => {
  it('is shown to an administrator who gives the password again, audited without the code', async () => {
    expect(await gate.invoke('admin', 'encryption.recovery.status', {})).toMatchObject({ value: { kept: false } });
    const wrong = await gate.invoke('admin', 'encryption.recovery.show', { password: 'sai-mat-khau' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'RECOVERY_CODE_PASSWORD' } });
    const shown = await gate.invoke('admin', 'encryption.recovery.show', { password: PASSWORD });
    expect(shown.ok).toBe(true);
    const code = (shown as { value: { code: string } }).value.code;
    expect(keyFromRecoveryCode(code)?.equals(TEST_KEY)).toBe(true);
    expect(await gate.invoke('admin', 'encryption.recovery.kept', {})).toMatchObject({ value: { kept: true } });
    const trail = await call<{ rows: Array<{ action: string; entity: string }> }>(core, 'audit.list', {});
    const rows = trail.rows.filter((r) => r.entity === 'recovery_code').map((r) => r.action);
    expect(rows.sort()).toEqual(['kept', 'show']);
    const raw = JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all());
    expect(raw).not.toContain(code);
    expect(raw).not.toContain(code.replace(/-/g, ''));
  });

  it('is refused to an officer', async () => {
    await gate.invoke('admin', 'accounts.create', {
      username: 'canbo',
      displayName: 'Cán bộ',
      role: 'officer',
      password: PASSWORD,
    });
    await gate.invoke('officer', 'accounts.login', { username: 'canbo', password: PASSWORD });
    const refused = await gate.invoke('officer', 'encryption.recovery.show', { password: PASSWORD });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
