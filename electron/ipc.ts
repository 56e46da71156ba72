import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from './core/app-core';
import type { ApiResult } from './core/api/router';
import { ApiError } from './core/api/errors';
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

/** Wires the single IPC channel to the same router browser mode uses; nothing else crosses the bridge. */
export function registerIpc(core: Pick<Core, 'invoke' | 'context'>): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResult> => {
    if (!isTrustedSender(senderUrl(event))) {
      core.context.log.error('ipc.untrusted_sender');
      return { ok: false, error: ApiError.of('FORBIDDEN').toJSON() };
    }
    if (typeof method !== 'string') return { ok: false, error: ApiError.of('UNKNOWN_METHOD').toJSON() };
    return core.invoke(method, input);
  });
}
