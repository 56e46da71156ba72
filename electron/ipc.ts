import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { SessionGate } from './core/accounts/sessions';
import type { ApiResult } from './core/api/router';
import { ApiError } from './core/api/errors';
import type { Logger } from './core/log/logger';
import { isTrustedSender } from './security';

export const INVOKE_CHANNEL = 'qsdp:invoke';

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
