import fs from 'node:fs';
import path from 'node:path';
import { format, vi } from '../core/messages/vi';
import type { AuditExport } from '../core/audit/export';
import type { AuditCheck } from '../core/audit/verify';
import type { CliIo } from './commands';
import { callOrSay, EXIT, openOfficeCore } from './with-core';

type Args = { positional: string[]; options: Record<string, string> };

const t = vi.audit.check;

/** Runs one audit API method on the office's own database, through the same router as the program. */
async function invoke<T>(env: NodeJS.ProcessEnv, io: CliIo, method: string, input: unknown): Promise<T | null> {
  return openOfficeCore(env, io, async (core) => (await callOrSay(core, io, method, input)) as T | null);
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
