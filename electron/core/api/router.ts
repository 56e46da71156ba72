import { fsErrorCode, fsErrorSentence } from '../shared/fs-errors';
import { z } from 'zod';
import { permissionFor } from '../accounts/permissions';
import { roleAllows } from '../accounts/roles';
import { vi } from '../messages/vi';
import type { ApiContext } from '../kernel/context';
import { ApiError, fromZodError, vietnameseIssueMessage } from '../kernel/errors';
import type { ApiMethod, ApiResult } from '../kernel/method';

export type { ApiResult } from '../kernel/method';

export interface Router {
  has(name: string): boolean;
  invoke(ctx: ApiContext, name: string, input: unknown): Promise<ApiResult>;
}

/**
 * The one dispatcher both transports (Electron IPC and browser-mode HTTP) call:
 * look up, validate, run, and turn every failure into the same result shape.
 */
export function createRouter(methods: Record<string, ApiMethod>): Router {
  const table = new Map(Object.entries(methods));
  return {
    has: (name) => table.has(name),
    async invoke(ctx, name, input) {
      const method = table.get(name);
      if (!method) return { ok: false, error: ApiError.of('UNKNOWN_METHOD').toJSON() };
      // The role is checked before the input is even parsed: a refused caller learns nothing else.
      const needed = permissionFor(name);
      if (needed !== 'public' && ctx.role === null) return { ok: false, error: ApiError.of('LOGIN_REQUIRED').toJSON() };
      if (needed !== 'public' && !roleAllows(ctx.role, needed)) {
        ctx.log.info('api.forbidden', { method: name, role: ctx.role, needed });
        return { ok: false, error: new ApiError('FORBIDDEN', vi.accounts.forbidden).toJSON() };
      }
      const parsed = method.input.safeParse(input ?? {}, { error: vietnameseIssueMessage });
      if (!parsed.success) return { ok: false, error: fromZodError(parsed.error).toJSON() };
      try {
        const value = await method.run(ctx, parsed.data);
        return { ok: true, value: value === undefined ? null : value };
      } catch (error) {
        if (error instanceof ApiError) {
          ctx.log.info('api.rejected', { method: name, code: error.code });
          return { ok: false, error: error.toJSON() };
        }
        if (error instanceof z.ZodError) return { ok: false, error: fromZodError(error).toJSON() };
        // The disk (or max_page_count) is full: the transaction was rolled back whole, so say so plainly.
        if ((error as { code?: unknown }).code === 'SQLITE_FULL') {
          ctx.log.error('api.disk_full', { method: name });
          return { ok: false, error: ApiError.of('DISK_FULL').toJSON() };
        }
        // A file error no feature caught (a template, an export, a folder): a sentence, not "ENOENT: …".
        if (fsErrorCode(error)) {
          ctx.log.error('api.file_error', { method: name, code: fsErrorCode(error) });
          return { ok: false, error: ApiError.of('FILE_SYSTEM', { detail: fsErrorSentence(error)! }).toJSON() };
        }
        // Another program holds the write lock longer than the busy timeout (5 s): nothing was written.
        const code = String((error as { code?: unknown }).code ?? '');
        if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code.startsWith('SQLITE_LOCKED')) {
          ctx.log.error('api.db_busy', { method: name, code });
          return { ok: false, error: ApiError.of('DB_BUSY').toJSON() };
        }
        ctx.log.error('api.failed', { method: name, error: (error as Error).name, detail: (error as Error).message });
        return { ok: false, error: ApiError.of('INTERNAL').toJSON() };
      }
    },
  };
}
