import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionGate } from './core/accounts/sessions';
import type { ApiResult } from './core/api/router';
import { call, createTestCore } from './core/db/test-helpers';
import { INVOKE_CHANNEL, PICK_CHANNEL, registerIpc, registerPickers } from './ipc';
import { silentLogger } from './core/log/logger';
import { APP_ENTRY_URL } from './security';
import { createAccount } from './core/accounts/test-steps';

// Electron's binary is not installed on the build machines: ipcMain is replaced by a recorder of
// the handler registered, which the tests then call as Electron would (event + arguments).
type Handler = (event: unknown, method: unknown, input: unknown) => Promise<ApiResult>;
const handlers = vi.hoisted(() => new Map<string, Handler>());
/** The options of every file dialog opened; the "user" picks E:\SaoLuu. */
const dialogs = vi.hoisted(() => [] as Array<{ properties?: string[] }>);
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showOpenDialog: (options: { properties?: string[] }) => {
      dialogs.push(options);
      return Promise.resolve({ canceled: false, filePaths: ['E:\\SaoLuu'] });
    },
  },
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
  dialogs.length = 0;
  registerIpc(createSessionGate(core.context, core.invokeWith), silentLogger);
  registerPickers(silentLogger);
});
afterEach(() => core.dispose());

function fromWindow(contents: FakeWebContents, url = APP_ENTRY_URL) {
  return (method: string, input: unknown = {}) =>
    handlers.get(INVOKE_CHANNEL)!({ sender: contents, senderFrame: { url } }, method, input);
}

const PASSWORD = 'mat-khau-dai-1';

describe('the IPC transport', () => {
  it("keeps one login per window, refuses a viewer's write, and forgets the login when the window is destroyed", async () => {
    await createAccount(core, 'viewer', 'chixem', 'Chỉ xem', PASSWORD);
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

describe('the desktop file dialogs', () => {
  const pick = (kind: unknown, url = APP_ENTRY_URL) =>
    handlers.get(PICK_CHANNEL)!({ sender: new FakeWebContents(9), senderFrame: { url } }, kind, undefined);

  it('opens a folder dialog for the app and returns only the path chosen', async () => {
    expect(await pick('folder')).toBe('E:\\SaoLuu');
    expect(dialogs[0]!.properties).toEqual(['openDirectory', 'createDirectory']);
    expect(await pick('backupFile')).toBe('E:\\SaoLuu');
    expect(dialogs[1]!.properties).toEqual(['openFile']);
  });

  it('opens nothing for another origin or an unknown kind', async () => {
    expect(await pick('folder', 'https://example.com/')).toBeNull();
    expect(await pick('anything')).toBeNull();
    expect(dialogs).toHaveLength(0);
  });
});
