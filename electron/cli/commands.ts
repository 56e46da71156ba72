import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../core/kernel/errors';
import { accountCommands } from './account-commands';
import { auditCommands } from './audit-commands';
import type { OsKeyStore } from '../core/encryption/unlock';
import type { Ask } from './prompt';
import { askNewSecret, firstLineOf } from './key-host';
import { EXIT, openOfficeCore, withCore } from './with-core';
import { protectionOf } from '../core/backup/container';
import { verifyBackupFile } from '../core/backup/verify';
import { format, vi } from '../core/messages/vi';
import { formatSize } from '../../vocabulary/text';

export { EXIT } from './with-core';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a secret or a confirmation on the terminal; absent where nobody can answer. */
  ask?: Ask;
  /** The OS's key store, in the installed program (`QSĐP.exe --cli …`); plain Node has none. */
  osStore?: OsKeyStore;
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

const commands: Record<string, Command> = {
  backup: {
    async run({ positional, options }, env, io) {
      const folder = options.to;
      if (!folder || positional.length > 0 || !onlyOptions(options, ['to', 'passphrase-file'])) return usage(io);
      const passphrase = await backupPassphrase(options, io, 'new');
      if (passphrase === null) return EXIT.failed;
      const done = await withCore(env, io, 'backup.create', { folder: path.resolve(folder), passphrase });
      if (!done) return EXIT.failed;
      if (typeof done.warning === 'string') io.err(done.warning);
      io.out(format(text.backupDone, { file: String(done.file), size: formatSize(Number(done.size)) }));
      return EXIT.ok;
    },
  },
  verify: {
    async run({ positional, options }, env, io) {
      const [file] = positional;
      if (!file || positional.length > 1 || !onlyOptions(options, ['passphrase-file'])) return usage(io);
      const resolved = path.resolve(file);
      // A passphrase copy needs only its passphrase; the office's own copies need the office's key.
      const sealed = fs.existsSync(resolved) && protectionOf(resolved) === 'passphrase';
      const checked = sealed
        ? verifyBackupFile(resolved, { officeKey: null, passphrase: await backupPassphrase(options, io, 'given') })
        : await openOfficeCore(env, io, async (core) =>
            verifyBackupFile(resolved, { officeKey: core.context.dataKey }),
          );
      if (!checked) return EXIT.failed;
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
      if (!file || positional.length > 1 || !onlyOptions(options, ['passphrase-file'])) return usage(io);
      const resolved = path.resolve(file);
      const sealed = fs.existsSync(resolved) && protectionOf(resolved) === 'passphrase';
      const passphrase = sealed ? await backupPassphrase(options, io, 'given') : undefined;
      if (passphrase === null) return EXIT.failed;
      const done = await withCore(env, io, 'backup.restore', { file: resolved, passphrase });
      if (!done) return EXIT.failed;
      io.out(format(text.restoreDone, { file: String(done.file), safetyCopy: String(done.safetyCopy) }));
      return EXIT.ok;
    },
  },
  ...auditCommands,
  ...accountCommands,
};

const onlyOptions = (options: Record<string, string>, allowed: string[]) =>
  Object.keys(options).every((name) => allowed.includes(name));

/**
 * The passphrase of a backup taken off the PC: the first line of `--passphrase-file`, or typed
 * (twice for a new one) at the terminal; never an argument. null when it cannot be had.
 */
async function backupPassphrase(options: Record<string, string>, io: CliIo, purpose: 'new' | 'given') {
  if (options['passphrase-file']) return firstLineOf(options['passphrase-file']);
  const ask = process.stdin.isTTY === true ? io.ask : undefined;
  const value =
    purpose === 'new'
      ? await askNewSecret(ask, {
          first: text.askBackupPassphrase,
          again: text.askBackupPassphraseAgain,
          mismatch: vi.errors.PASSPHRASE_MISMATCH,
        })
      : ((await ask?.(text.askBackupPassphraseGiven, { hidden: true })) ?? null);
  if (value === null) io.err(text.backupPassphraseNeeded);
  return value;
}

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
