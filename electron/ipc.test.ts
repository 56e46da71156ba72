import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionGate } from './core/accounts/sessions';
import type { ApiResult } from './core/api/router';
import { call, createTestCore } from './core/db/test-helpers';
import { INVOKE_CHANNEL, registerIpc } from './ipc';
import { silentLogger } from './core/log/logger';
import { APP_ENTRY_URL } from './security';

// Electron's binary is not installed on the build machines: ipcMain is replaced by a recorder of
// the handler registered, which the tests then call as Electron would (event + arguments).
type Handler = (event: unknown, method: unknown, input: unknown) => Promise<ApiResult>;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
}));

class FakeWebContents extends EventEmitter {
  constructor(readonly id: number) {
    super();
  }
}

let core: ReturnType<typeof createTestCore>;
beforeEach(() => {
  core = createTestCore();
  handlers.clear();
  registerIpc(createSessionGate(core.context, core.invokeWith), silentLogger);
});
afterEach(() => core.dispose());

function fromWindow(contents: FakeWebContents, url = APP_ENTRY_URL) {
  return (method: string, input: unknown = {}) =>
    handlers.get(INVOKE_CHANNEL)!({ sender: contents, senderFrame: { url } }, method, input);
}

const PASSWORD = 'mat-khau-dai-1';

describe('the IPC transport', () => {
  it("keeps one login per window, refuses a viewer's write, and forgets the login when the window is destroyed", async () => {
    await call(core, 'accounts.create', {
      username: 'chixem',
      displayName: 'Chỉ xem',
      role: 'viewer',
      password: PASSWORD,
    });
    const first = new FakeWebContents(1);
    const second = new FakeWebContents(2);
    const one = fromWindow(first);
    const two = fromWindow(second);

    expect(await one('people.list')).toMatchObject({ ok: false, error: { code: 'LOGIN_REQUIRED' } });
    expect(await one('accounts.login', { username: 'chixem', password: PASSWORD })).toMatchObject({ ok: true });
    expect(await one('people.list')).toMatchObject({ ok: true });
    const write = await one('localities.create', { kind: 'commune', name: 'Xã Thử' });
    expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(core, 'localities.list', {})).toEqual([]);
    // Another window has its own (absent) login.
    expect(await two('people.list')).toMatchObject({ ok: false, error: { code: 'LOGIN_REQUIRED' } });

    first.emit('destroyed');
    expect(await one('people.list')).toMatchObject({ ok: false, error: { code: 'LOGIN_REQUIRED' } });
  });

  it('refuses a sender outside the app, before any login is looked at', async () => {
    const evil = fromWindow(new FakeWebContents(3), 'https://example.com/');
    expect(await evil('accounts.me')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
