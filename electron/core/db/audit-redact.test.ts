import { expect, it } from 'vitest';
import { auditFor, writeAudit } from './audit';
import { REDACTED, redactSecrets } from './audit-redact';
import { type TestCore, useTestCore } from './test-helpers';

let core: TestCore;
useTestCore((c) => (core = c));

it('never writes a password, hash, token or secret into the audit log, at any depth', () => {
  const secretValues = ['hunter2', 'scrypt$17$8$1$c2FsdA==$aGFzaA==', 'tok-123', 'shh', 'salt-bytes', 'pw-new'];
  core.db.transaction(() =>
    writeAudit(core.db, {
      actor: 'admin',
      at: new Date('2026-11-27T03:00:00Z'),
      entity: 'account',
      entityId: 'u1',
      action: 'update',
      before: { userName: 'lan', password: 'hunter2', passwordHash: 'scrypt$17$8$1$c2FsdA==$aGFzaA==' },
      after: {
        userName: 'lan',
        role: 'viewer',
        session: { access_token: 'tok-123', refreshToken: null },
        settings: [{ clientSecret: 'shh' }, { password_salt: 'salt-bytes' }],
        'new-password': 'pw-new',
      },
    }),
  )();
  const [row] = auditFor(core.db, 'account', 'u1');
  const stored = `${row!.before_json} ${row!.after_json}`;
  for (const secret of secretValues) expect(stored).not.toContain(secret);
  // What is not secret stays readable, and a changed secret still shows that it was there.
  expect(JSON.parse(row!.before_json!)).toEqual({ userName: 'lan', password: REDACTED, passwordHash: REDACTED });
  expect(JSON.parse(row!.after_json!)).toMatchObject({
    role: 'viewer',
    session: { access_token: REDACTED, refreshToken: null },
    settings: [{ clientSecret: REDACTED }, { password_salt: REDACTED }],
  });
});

it('leaves ordinary records untouched', () => {
  const person = { givenName: 'An', citizenId: '001205000001', phone: '0912345678', tags: ['a', { b: 1 }] };
  expect(redactSecrets(person)).toEqual(person);
  expect(redactSecrets(null)).toBeNull();
  expect(redactSecrets('password')).toBe('password');
});
