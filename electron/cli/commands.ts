import fs from 'node:fs';
import path from 'node:path';
import { createCore, DATABASE_FILE } from '../core/app-core';
import { ApiError } from '../core/api/errors';
import { auditCommands } from './audit-commands';
import { networkPathWarning } from '../core/backup/network-path';
import { verifyDatabaseFile } from '../core/backup/verify';
import { createFileLogger } from '../core/log/logger';
import { format, vi } from '../core/messages/vi';
import { defaultDataDir } from '../server/options';

/** Exit codes a scheduled task can test: 0 done, 1 the backup/verify/restore failed, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

interface Command {
  /** Positional arguments and `--name value` options, already split. */
  run(
    args: { positional: string[]; options: Record<string, string> },
    env: NodeJS.ProcessEnv,
    io: CliIo,
  ): Promise<number>;
}

const text = vi.backup.cli;

/** 1 234 567 bytes → "1,2 MB", as an office reads sizes. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

function dataDirOf(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.QSDP_DATA_DIR?.trim() || defaultDataDir());
}

/** Runs one API method on the office's own database, as the program would. */
async function withCore(env: NodeJS.ProcessEnv, io: CliIo, method: string, input: unknown) {
  const dataDir = dataDirOf(env);
  io.out(format(text.dataDir, { dir: dataDir }));
  const warning = networkPathWarning(dataDir);
  if (warning) io.err(warning);
  if (!fs.existsSync(path.join(dataDir, DATABASE_FILE))) {
    io.err(format(vi.errors.BACKUP_FILE_MISSING, { file: path.join(dataDir, DATABASE_FILE) }));
    return null;
  }
  const core = createCore({
    dataDir,
    log: createFileLogger(dataDir),
    actor: `cli:${process.env.USERNAME ?? process.env.USER ?? 'local'}`,
  });
  try {
    const result = await core.invoke(method, input);
    if (!result.ok) {
      io.err(result.error.message);
      for (const message of Object.values(result.error.fieldErrors ?? {})) io.err(`  ${message}`);
      return null;
    }
    return result.value as Record<string, unknown>;
  } finally {
    core.close();
  }
}

const commands: Record<string, Command> = {
  backup: {
    async run({ positional, options }, env, io) {
      const folder = options.to;
      if (!folder || positional.length > 0) return usage(io);
      const done = await withCore(env, io, 'backup.create', { folder: path.resolve(folder) });
      if (!done) return EXIT.failed;
      if (typeof done.warning === 'string') io.err(done.warning);
      io.out(format(text.backupDone, { file: String(done.file), size: formatSize(Number(done.size)) }));
      return EXIT.ok;
    },
  },
  verify: {
    async run({ positional, options }, _env, io) {
      const [file] = positional;
      if (!file || positional.length > 1 || Object.keys(options).length > 0) return usage(io);
      const checked = verifyDatabaseFile(path.resolve(file));
      io.out(
        format(text.verifyOk, {
          file: path.resolve(file),
          version: checked.schemaVersion,
          older: checked.older ? text.verifyOlder : '',
        }),
      );
      return EXIT.ok;
    },
  },
  restore: {
    async run({ positional, options }, env, io) {
      const [file] = positional;
      if (!file || positional.length > 1 || Object.keys(options).length > 0) return usage(io);
      const done = await withCore(env, io, 'backup.restore', { file: path.resolve(file) });
      if (!done) return EXIT.failed;
      io.out(format(text.restoreDone, { file: String(done.file), safetyCopy: String(done.safetyCopy) }));
      return EXIT.ok;
    },
  },
  ...auditCommands,
};

function usage(io: CliIo): number {
  io.err(text.usage);
  return EXIT.usage;
}

/** Splits `backup --to DIR` into positional arguments and options; null when an option lacks its value. */
function parseArgs(argv: readonly string[]): { positional: string[]; options: Record<string, string> } | null {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return null;
      options[arg.slice(2)] = value;
      i += 1;
    } else positional.push(arg);
  }
  return { positional, options };
}

/** The administrators' command line: `qsdp backup --to DIR`, `qsdp verify FILE`, `qsdp restore FILE`. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') return usage(io);
  const command = commands[name];
  if (!command) {
    io.err(format(text.unknownCommand, { command: name }));
    return usage(io);
  }
  const args = parseArgs(rest);
  if (!args) return usage(io);
  try {
    return await command.run(args, env, io);
  } catch (error) {
    io.err(error instanceof ApiError ? error.message : String((error as Error).message ?? error));
    return EXIT.failed;
  }
}
