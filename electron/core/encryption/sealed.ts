import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';

/*
 * A secret sealed with a passphrase: scrypt (N = 2^17, r = 8, p = 1: ~128 MB and a fraction of a
 * second, once per unlock) derives a 256-bit key, AES-256-GCM encrypts and authenticates. Used for
 * the data key in the key file and for the key of a backup taken to removable media.
 */

const N = 2 ** 17;
const R = 8;
const P = 1;
const MAX_MEMORY = 256 * 1024 * 1024;

// Bounded so that a sealed key read from a file someone hands us (a backup on a USB stick) can
// make the derivation cost no more than our own: no memory error, no minutes of CPU.
export const sealedSchema = z.strictObject({
  kdf: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(N),
  r: z.number().int().min(1).max(R),
  p: z.number().int().min(1).max(P),
  salt: z.base64(),
  iv: z.base64(),
  tag: z.base64(),
  data: z.base64(),
});
export type Sealed = z.infer<typeof sealedSchema>;

function derive(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: MAX_MEMORY });
}

export function seal(secret: Buffer, passphrase: string): Sealed {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(passphrase, salt, { N, r: R, p: P }), iv);
  const data = Buffer.concat([cipher.update(secret), cipher.final()]);
  return {
    kdf: 'scrypt',
    N,
    r: R,
    p: P,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The secret, or null when the passphrase is not the one it was sealed with (or the seal was altered). */
export function unseal(sealed: Sealed, passphrase: string): Buffer | null {
  try {
    const key = derive(passphrase, Buffer.from(sealed.salt, 'base64'), sealed);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    // A tag of the wrong length throws here, an altered one at final(): either way, it does not open.
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
