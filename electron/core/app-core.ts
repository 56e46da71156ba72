import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { apiMethods } from './api/contract';
import type { ApiContext } from './kernel/context';
import { createRouter, type ApiResult } from './api/router';
import type { ApiMethod } from './kernel/method';
import type { Role } from './accounts/roles';
import { encryptLegacyBackups } from './backup/legacy';
import { openDatabase } from './db/connection';
import { swapDatabaseFile } from './db/swap';
import { makeFolderPrivate } from './encryption/private-files';
import { createFileLogger, type Logger } from './log/logger';

export const DATABASE_FILE = 'qsdp.sqlite';

export interface CoreOptions {
  dataDir: string;
  /** The office's data key, from encryption/unlock.ts (tests: test-helpers' key). */
  key: Buffer;
  now?: () => Date;
  actor?: string;
  /**
   * The core's own context's role, default 'admin': the office itself, for the administrators'
   * CLI and tests. The transports never use it: they call through a login session.
   */
  role?: Role | null;
  log?: Logger;
}

export interface Core {
  /** The live connection (a getter: a restore replaces it). */
  readonly db: Database;
  context: ApiContext;
  invoke(method: string, input: unknown): Promise<ApiResult>;
  /** The same router with another caller's context (a login session's: accounts/sessions.ts). */
  invokeWith(ctx: ApiContext, method: string, input: unknown): Promise<ApiResult>;
  close(): void;
}

/** Opens the office database in `dataDir` and wires the API router to it: the whole product minus a transport. */
export function createCore(options: CoreOptions): Core {
  makeFolderPrivate(options.dataDir);
  const log = options.log ?? createFileLogger(options.dataDir);
  const file = path.join(options.dataDir, DATABASE_FILE);
  const key = options.key;
  const context: ApiContext = {
    db: openDatabase(file, { key }),
    now: options.now ?? (() => new Date()),
    actor: options.actor ?? safeUserName(),
    role: options.role === undefined ? 'admin' : options.role,
    dataDir: options.dataDir,
    log,
    dataKey: key,
    replaceDatabase(prepared) {
      // Every caller reads ctx.db (or a copy of this context made per call): the next call gets the new file.
      context.db = swapDatabaseFile(context.db, file, prepared, () => openDatabase(file, { key }));
      return context.db;
    },
  };
  encryptLegacyBackups(context);
  const router = createRouter(apiMethods as unknown as Record<string, ApiMethod>);
  log.info('core.opened', { schemaVersion: context.db.pragma('user_version', { simple: true }) as number });
  return {
    get db() {
      return context.db;
    },
    context,
    invoke: (method, input) => router.invoke(context, method, input),
    invokeWith: (ctx, method, input) => router.invoke(ctx, method, input),
    close() {
      if (context.db.open) {
        context.db.close();
        log.info('core.closed');
      }
    },
  };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'local';
  }
}
