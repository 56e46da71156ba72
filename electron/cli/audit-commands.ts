import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../server/options';
import { createCore, DATABASE_FILE } from '../core/app-core';
import { createFileLogger } from '../core/log/logger';
import { format, vi } from '../core/messages/vi';
import type { AuditExport } from '../core/audit/export';
import type { AuditCheck } from '../core/audit/verify';

/** Where a command prints (the CLI's io). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

type Args = { positional: string[]; options: Record<string, string> };

/** The CLI's exit codes (electron/cli/commands.ts): 0 done, 1 failed or the chain is broken, 2 wrong usage. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
const t = vi.audit.check;

/**
 * Runs one audit API method on the office's own database (QSDP_DATA_DIR or the program's folder),
 * through the same router as the program. A missing database is an error, never a new empty one.
 */
async function invoke<T>(env: NodeJS.ProcessEnv, io: CliIo, method: string, input: unknown): Promise<T | null> {
  const dataDir = path.resolve(env.QSDP_DATA_DIR?.trim() || defaultDataDir());
  const file = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) {
    io.err(format(t.cliNoDatabase, { file }));
    return null;
  }
  const core = createCore({
    dataDir,
    log: createFileLogger(dataDir),
    actor: `cli:${env.USERNAME ?? env.USER ?? 'local'}`,
  });
  try {
    const result = await core.invoke(method, input);
    if (!result.ok) {
      io.err(result.error.message);
      return null;
    }
    return result.value as T;
  } finally {
    core.close();
  }
}

/** `audit-check`: 0 when the chain is intact; 1 naming the first broken row. */
async function auditCheck({ positional, options }: Args, env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  if (positional.length > 0 || Object.keys(options).length > 0) {
    io.err(t.cliUsageCheck);
    return EXIT.usage;
  }
  const result = await invoke<AuditCheck>(env, io, 'audit.verify', {});
  if (!result) return EXIT.failed;
  (result.ok ? io.out : io.err)(result.message);
  return result.ok ? EXIT.ok : EXIT.failed;
}

/** `audit-export --to FILE.xlsx`: the whole log as an Excel table. */
async function auditExport({ positional, options }: Args, env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const target = options.to;
  if (!target || !target.toLowerCase().endsWith('.xlsx') || positional.length > 0 || Object.keys(options).length > 1) {
    io.err(t.cliUsageExport);
    return EXIT.usage;
  }
  const file = await invoke<AuditExport>(env, io, 'audit.export', {});
  if (!file) return EXIT.failed;
  const resolved = path.resolve(target);
  // Written beside the target and renamed: a failed write never leaves half a file under its name.
  const partial = `${resolved}.partial`;
  fs.writeFileSync(partial, Buffer.from(file.base64, 'base64'));
  fs.renameSync(partial, resolved);
  io.out(format(t.cliExported, { count: file.count, file: resolved }));
  return EXIT.ok;
}

/** The audit commands in the shape of the CLI's command table (spread into ./commands.ts). */
export const auditCommands = {
  'audit-check': { run: auditCheck },
  'audit-export': { run: auditExport },
};
