import path from 'node:path';
import { ApiError } from '../core/api/errors';
import { accountCommands } from './account-commands';
import { auditCommands } from './audit-commands';
import type { Ask } from './prompt';
import { withCore } from './with-core';
import { verifyDatabaseFile } from '../core/backup/verify';
import { format, vi } from '../core/messages/vi';

/** Exit codes a scheduled task can test: 0 done, 1 the backup/verify/restore failed, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a secret or a confirmation on the terminal; absent where nobody can answer. */
  ask?: Ask;
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
  ...accountCommands,
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
