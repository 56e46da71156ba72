import { describe, expect, it } from 'vitest';
import { apiMethods } from '../api/contract';
import { type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { permissionFor, permissions } from './permissions';

let core: TestCore;
useTestCore((c) => (core = c));

const FORBIDDEN = { code: 'FORBIDDEN', message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' };

describe('permission table', () => {
  it('names the least role for every API method, and no method that does not exist', () => {
    const methods = Object.keys(apiMethods).sort();
    const missing = methods.filter((name) => !(name in permissions));
    expect(missing, 'add these methods to accounts/permissions.ts').toEqual([]);
    expect(Object.keys(permissions).filter((name) => !(name in apiMethods))).toEqual([]);
  });

  it('follows the roles of issue 7 on a few methods that matter', () => {
    expect(permissionFor('people.list')).toBe('viewer');
    expect(permissionFor('documents.register.download')).toBe('viewer');
    expect(permissionFor('people.create')).toBe('officer');
    expect(permissionFor('documents.generate')).toBe('officer');
    expect(permissionFor('office.update')).toBe('admin');
    expect(permissionFor('backup.restore')).toBe('admin');
    expect(permissionFor('documents.template.upload')).toBe('admin');
    expect(permissionFor('accounts.create')).toBe('admin');
    expect(permissionFor('accounts.login')).toBe('public');
    expect(permissionFor('accounts.setupAdmin')).toBe('public');
    // A method nobody listed is admin-only: a forgotten entry fails closed.
    expect(permissionFor('something.new')).toBe('admin');
    // No write is open to a viewer: every viewer method reads.
    const writeVerb =
      /\.(create|update|delete|remove|set\w*|archive|restore|retire|rename|upload|generate|transition\w*|add\w*|end|extend|copy|close|reopen|save|redraft|regenerate|rollOver|fromConscript|syncSigners|healthExam|unlock|resetPassword|disable)$/;
    const viewerWrites = Object.entries(permissions).filter(
      ([name, role]) => role === 'viewer' && writeVerb.test(name),
    );
    expect(viewerWrites).toEqual([]);
  });
});

describe('the router enforces roles', () => {
  it('refuses a viewer’s write before it runs, and lets a viewer read', async () => {
    core.context.role = 'viewer';
    const person = { familyName: 'Lê', middleName: 'Văn', givenName: 'Tám', birthDate: '2006-03-04', sex: 'M' };
    expect(await core.invoke('people.create', person)).toEqual({ ok: false, error: FORBIDDEN });
    // Refused before validation: even nonsense input gets FORBIDDEN, not field errors.
    expect(await core.invoke('people.create', { nonsense: true })).toEqual({ ok: false, error: FORBIDDEN });
    expect(core.db.prepare(`SELECT COUNT(*) FROM people`).pluck().get()).toBe(0);
    expect(await core.invoke('people.list', {})).toMatchObject({ ok: true });
    expect(await core.invoke('office.get', {})).toEqual({ ok: true, value: null });
    // The same call by an officer goes through: the refusal was the role, not the input.
    core.context.role = 'officer';
    expect(await core.invoke('people.create', person)).toMatchObject({ ok: true });
  });

  it('refuses an officer on accounts and restore, and allows record changes', async () => {
    core.context.role = 'officer';
    expect(await core.invoke('accounts.create', {})).toEqual({ ok: false, error: FORBIDDEN });
    expect(await core.invoke('accounts.list', {})).toEqual({ ok: false, error: FORBIDDEN });
    expect(await core.invoke('backup.restore', { file: '/tmp/x.sqlite' })).toEqual({ ok: false, error: FORBIDDEN });
    expect(await core.invoke('office.update', {})).toEqual({ ok: false, error: FORBIDDEN });
    // Past the role check, the input is validated as usual.
    expect(await refusal(core, 'people.create', {})).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('lets nobody-logged-in reach only the public methods', async () => {
    core.context.role = null;
    const loginRequired = { code: 'LOGIN_REQUIRED', message: 'Vui lòng đăng nhập để tiếp tục.' };
    expect(await core.invoke('people.list', {})).toEqual({ ok: false, error: loginRequired });
    expect(await core.invoke('overview.get', {})).toEqual({ ok: false, error: loginRequired });
    expect(await refusal(core, 'accounts.login', { username: '', password: '' })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('runs the core’s own context (CLI, tests) as administrator; the transports use login sessions', async () => {
    expect(core.context.role).toBe('admin');
    expect(await core.invoke('accounts.list', {})).toEqual({ ok: true, value: [] });
  });
});
