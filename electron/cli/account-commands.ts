import type { Core } from '../core/app-core';
import type { Account } from '../core/accounts/public-types';
import { format, vi } from '../core/messages/vi';
import type { CliIo } from './commands';
import { askNewSecret, firstLineOf } from './key-host';
import { callOrSay, EXIT, openOfficeCore } from './with-core';

type Args = { positional: string[]; options: Record<string, string> };

const t = vi.accounts.cli;

async function findAccount(core: Core, io: CliIo, username: string): Promise<Account | null> {
  const accounts = (await callOrSay(core, io, 'accounts.list', {})) as Account[] | null;
  const found = accounts?.find((a) => a.username === username.trim().toLowerCase()) ?? null;
  if (accounts && !found) io.err(format(t.noSuchAccount, { username }));
  return found;
}

/**
 * The new password: the first line of `--password-file` (which the administrator then deletes),
 * or typed twice, hidden, at the terminal. Never an argument, which the shell's history and the
 * process list would keep.
 */
async function newPassword(options: Record<string, string>, io: CliIo): Promise<string | null> {
  if (options['password-file']) return firstLineOf(options['password-file']);
  const password = await askNewSecret(io.ask, {
    first: t.askPassword,
    again: t.askPasswordAgain,
    mismatch: t.passwordsDiffer,
  });
  if (password === null) io.err(t.passwordNeedsTerminal);
  return password;
}

function usageOf(args: Args, allowed: string[]): string | null {
  const [username] = args.positional;
  if (!username || args.positional.length > 1) return null;
  return Object.keys(args.options).every((o) => allowed.includes(o)) ? username : null;
}

/**
 * For someone at the office PC itself, when no administrator can log in (all locked out, or
 * the password forgotten): both run as the CLI's user and are audited like the screen's.
 */
export const accountCommands = {
  unlock: {
    async run(args: Args, env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
      const username = usageOf(args, []);
      if (!username) {
        io.err(vi.backup.cli.usage);
        return EXIT.usage;
      }
      const done = await openOfficeCore(env, io, async (core) => {
        const account = await findAccount(core, io, username);
        return account && callOrSay(core, io, 'accounts.unlock', { id: account.id });
      });
      if (!done) return EXIT.failed;
      io.out(format(t.unlocked, { username }));
      return EXIT.ok;
    },
  },
  'reset-password': {
    async run(args: Args, env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
      const username = usageOf(args, ['password-file']);
      if (!username) {
        io.err(vi.backup.cli.usage);
        return EXIT.usage;
      }
      const done = await openOfficeCore(env, io, async (core) => {
        const account = await findAccount(core, io, username);
        if (!account) return null;
        const password = await newPassword(args.options, io);
        return password === null ? null : callOrSay(core, io, 'accounts.resetPassword', { id: account.id, password });
      });
      if (!done) return EXIT.failed;
      io.out(format(t.passwordReset, { username }));
      return EXIT.ok;
    },
  },
};
