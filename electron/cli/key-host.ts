import fs from 'node:fs';
import { ApiError } from '../core/kernel/errors';
import { MIN_PASSPHRASE_LENGTH, type KeyHost, type OsKeyStore } from '../core/encryption/unlock';
import { format, vi } from '../core/messages/vi';
import type { Ask } from './prompt';

const t = vi.encryption;

/** The first line of a file holding a secret (a passphrase, a password, a recovery code). */
export function firstLineOf(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split(/\r?\n/, 1)[0] ?? '';
  } catch {
    throw ApiError.of('SECRET_FILE_UNREADABLE', { file });
  }
}

/** A new secret typed twice, hidden; null when nobody can answer. Two different answers are refused. */
export async function askNewSecret(
  ask: Ask | undefined,
  prompts: { first: string; again: string; mismatch: string },
): Promise<string | null> {
  if (!ask) return null;
  const value = await ask(prompts.first, { hidden: true });
  if (value === null) return null;
  if ((await ask(prompts.again, { hidden: true })) !== value) throw new ApiError('SECRET_MISMATCH', prompts.mismatch);
  return value;
}

/**
 * How browser mode and the CLI (plain Node: no OS key store) unlock the data: the passphrase from
 * the file named by QSDP_PASSPHRASE_FILE, or typed at the terminal; the recovery code from
 * QSDP_RECOVERY_CODE_FILE, or typed. Never from an argument or a variable's value, which the
 * process list and the shell's history would keep.
 */
export function nodeKeyHost(env: NodeJS.ProcessEnv, ask?: Ask, osStore?: OsKeyStore): KeyHost {
  const terminal = process.stdin.isTTY === true ? ask : undefined;
  return {
    ...(osStore ? { osStore } : {}),
    async passphrase(purpose) {
      const file = env.QSDP_PASSPHRASE_FILE?.trim();
      if (file) return firstLineOf(file);
      if (!terminal) return null;
      if (purpose === 'unlock') return terminal(t.askPassphrase, { hidden: true });
      return askNewSecret(terminal, {
        first: format(t.askNewPassphrase, { min: MIN_PASSPHRASE_LENGTH }),
        again: t.askNewPassphraseAgain,
        mismatch: vi.errors.PASSPHRASE_MISMATCH,
      });
    },
    async recoveryCode() {
      const file = env.QSDP_RECOVERY_CODE_FILE?.trim();
      if (file) return firstLineOf(file);
      return terminal ? terminal(t.askRecoveryCode) : null;
    },
  };
}
