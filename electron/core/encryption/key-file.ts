import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { sealedSchema } from './sealed';
import { writeFileAtomic } from './private-files';

/**
 * `qsdp.key`, beside the database: the data key, never stored in the clear, only wrapped — by the
 * OS's key store (Windows DPAPI through Electron's safeStorage: only this Windows user on this PC
 * can unwrap it) and/or by a passphrase (browser mode and the CLI, where no OS store exists). The
 * recovery code (the key itself, on paper) needs no wrap at all. Losing this file loses nothing
 * while the recovery code is kept; the file alone opens nothing.
 */
export const KEY_FILE = 'qsdp.key';

const wrapSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('os'), data: z.base64() }),
  z.strictObject({ kind: z.literal('passphrase'), sealed: sealedSchema }),
]);
export type KeyWrap = z.infer<typeof wrapSchema>;

const keyFileSchema = z.strictObject({
  format: z.literal(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  createdAt: z.string(),
  /** When an administrator confirmed that the recovery code is printed and kept; null until then. */
  recoveryKeptAt: z.string().nullable(),
  wraps: z.array(wrapSchema),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

/** A short public name of a key: tells whether a backup was made with this office's key, reveals nothing of it. */
export function keyIdOf(key: Buffer): string {
  return createHmac('sha256', key).update('qsdp-key-id').digest('hex').slice(0, 16);
}

export const keyFilePath = (dataDir: string) => path.join(dataDir, KEY_FILE);

/** The key file, null when there is none; throws when it is there but unreadable (never silently replaced). */
export function readKeyFile(dataDir: string): KeyFile | null {
  const file = keyFilePath(dataDir);
  if (!fs.existsSync(file)) return null;
  return keyFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function writeKeyFile(dataDir: string, content: KeyFile): void {
  writeFileAtomic(keyFilePath(dataDir), JSON.stringify(keyFileSchema.parse(content), null, 2));
}
