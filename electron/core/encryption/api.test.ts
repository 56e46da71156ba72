import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionGate, type SessionGate } from '../accounts/sessions';
import { call, createTestCore, TEST_KEY, writeTestKeyFile } from '../db/test-helpers';
import { keyFromRecoveryCode } from './recovery-code';

let core: ReturnType<typeof createTestCore>;
let gate: SessionGate;
const PASSWORD = 'mat-khau-quan-tri-1';

beforeEach(async () => {
  core = createTestCore();
  writeTestKeyFile(core.dataDir);
  gate = createSessionGate(core.context, core.invokeWith);
  await gate.invoke('admin', 'accounts.setupAdmin', {
    username: 'quantri',
    displayName: 'Quản trị',
    password: PASSWORD,
  });
});
afterEach(() => core.dispose());

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
