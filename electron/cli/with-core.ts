import fs from 'node:fs';
import path from 'node:path';
import { createCore, DATABASE_FILE, type Core } from '../core/app-core';
import { networkPathWarning } from '../core/backup/network-path';
import { createFileLogger } from '../core/log/logger';
import { format, vi } from '../core/messages/vi';
import { defaultDataDir } from '../server/options';
import { unlockDataKey } from '../core/encryption/unlock';
import type { CliIo } from './commands';
import { nodeKeyHost } from './key-host';

const text = vi.backup.cli;

/** Exit codes a scheduled task can test: 0 done, 1 the command failed or was refused, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function dataDirOf(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.QSDP_DATA_DIR?.trim() || defaultDataDir());
}

/** Calls one API method through the router; prints the refusal and returns null when refused. */
export async function callOrSay(core: Core, io: CliIo, method: string, input: unknown) {
  const result = await core.invoke(method, input);
  if (!result.ok) {
    io.err(result.error.message);
    for (const message of Object.values(result.error.fieldErrors ?? {})) io.err(`  ${message}`);
    return null;
  }
  return result.value;
}

/** Runs one API method on the office's own database, as the program would. */
export async function withCore(env: NodeJS.ProcessEnv, io: CliIo, method: string, input: unknown) {
  io.out(format(text.dataDir, { dir: dataDirOf(env) }));
  return openOfficeCore(
    env,
    io,
    async (core) => (await callOrSay(core, io, method, input)) as Record<string, unknown> | null,
  );
}

/**
 * Opens the office's own database (QSDP_DATA_DIR or the program's folder) as the CLI's user
 * (`cli:<name>` in the audit log), runs `work` and closes it. A missing database is an error,
 * never a new empty one.
 */
export async function openOfficeCore<T>(env: NodeJS.ProcessEnv, io: CliIo, work: (core: Core) => Promise<T | null>) {
  const dataDir = dataDirOf(env);
  const warning = networkPathWarning(dataDir);
  if (warning) io.err(warning);
  if (!fs.existsSync(path.join(dataDir, DATABASE_FILE))) {
    io.err(format(vi.audit.check.cliNoDatabase, { file: path.join(dataDir, DATABASE_FILE) }));
    return null;
  }
  const { key } = await unlockDataKey(dataDir, nodeKeyHost(env, io.ask, io.osStore));
  const core = createCore({
    dataDir,
    key,
    log: createFileLogger(dataDir),
    actor: `cli:${process.env.USERNAME ?? process.env.USER ?? 'local'}`,
  });
  try {
    return await work(core);
  } finally {
    core.close();
  }
}
