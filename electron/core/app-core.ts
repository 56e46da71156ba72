import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { apiMethods } from './api/contract';
import type { ApiContext } from './api/context';
import { createRouter, type ApiResult } from './api/router';
import type { ApiMethod } from './api/method';
import type { Role } from './accounts/roles';
import { openDatabase } from './db/connection';
import { createFileLogger, type Logger } from './log/logger';

export const DATABASE_FILE = 'qsdp.sqlite';

export interface CoreOptions {
  dataDir: string;
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
  db: Database;
  context: ApiContext;
  invoke(method: string, input: unknown): Promise<ApiResult>;
  /** The same router with another caller's context (a login session's: accounts/sessions.ts). */
  invokeWith(ctx: ApiContext, method: string, input: unknown): Promise<ApiResult>;
  close(): void;
}

/** Opens the office database in `dataDir` and wires the API router to it: the whole product minus a transport. */
export function createCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const log = options.log ?? createFileLogger(options.dataDir);
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE));
  const context: ApiContext = {
    db,
    now: options.now ?? (() => new Date()),
    actor: options.actor ?? safeUserName(),
    role: options.role === undefined ? 'admin' : options.role,
    dataDir: options.dataDir,
    log,
  };
  const router = createRouter(apiMethods as unknown as Record<string, ApiMethod>);
  log.info('core.opened', { schemaVersion: db.pragma('user_version', { simple: true }) as number });
  return {
    db,
    context,
    invoke: (method, input) => router.invoke(context, method, input),
    invokeWith: (ctx, method, input) => router.invoke(ctx, method, input),
    close() {
      if (db.open) {
        db.close();
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
