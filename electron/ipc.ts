import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import type { SessionGate } from './core/accounts/sessions';
import type { ApiResult } from './core/api/router';
import { ApiError } from './core/kernel/errors';
import type { Logger } from './core/log/logger';
import { vi } from './core/messages/vi';
import { isTrustedSender } from './security';

export const INVOKE_CHANNEL = 'qsdp:invoke';
/** The desktop's own file dialogs (browser mode types the path instead). Only a path comes back. */
export const PICK_CHANNEL = 'qsdp:pick';

export type PickKind = 'folder' | 'backupFile';

const PICK_OPTIONS: Record<PickKind, OpenDialogOptions> = {
  folder: { title: vi.shell.pick.folder, properties: ['openDirectory', 'createDirectory'] },
  backupFile: {
    title: vi.shell.pick.backupFile,
    properties: ['openFile'],
    // .qsdpbak: today's backups; .sqlite: plain copies made by older versions, still restorable.
    filters: [{ name: vi.shell.pick.backupFilter, extensions: ['qsdpbak', 'sqlite'] }],
  },
};

/** A destroyed frame throws on property access; treat it like a missing one. */
function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}

/**
 * Wires the single IPC channel to the same router browser mode uses; nothing else crosses the
 * bridge. Each window has its own login session (keyed by its web contents, which a page cannot
 * choose), forgotten when the window is destroyed.
 */
export function registerIpc(sessions: SessionGate, log: Logger): void {
  const watched = new WeakSet<object>();
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResult> => {
    if (!isTrustedSender(senderUrl(event))) {
      log.error('ipc.untrusted_sender');
      return { ok: false, error: ApiError.of('FORBIDDEN').toJSON() };
    }
    if (typeof method !== 'string') return { ok: false, error: ApiError.of('UNKNOWN_METHOD').toJSON() };
    const key = `window:${event.sender.id}`;
    if (!watched.has(event.sender)) {
      watched.add(event.sender);
      event.sender.once('destroyed', () => sessions.end(key));
    }
    return sessions.invoke(key, method, input);
  });
}

/**
 * "Chọn thư mục…" / "Chọn tệp…" beside the backup and restore fields. The dialog only returns a
 * path for the field: the backup or restore itself still goes through the API and its role check.
 */
export function registerPickers(log: Logger): void {
  ipcMain.handle(PICK_CHANNEL, async (event, kind: unknown): Promise<string | null> => {
    if (!isTrustedSender(senderUrl(event))) {
      log.error('ipc.untrusted_sender');
      return null;
    }
    if (kind !== 'folder' && kind !== 'backupFile') return null;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = PICK_OPTIONS[kind];
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
}
