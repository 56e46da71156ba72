import { createHash } from 'node:crypto';
import { KEY_BYTES } from './sqlcipher';

/*
 * The recovery code is the data key itself, written for people: Crockford's base32 (no I, L, O
 * or U, so nothing is misread), 52 characters for the 256 bits plus 4 of checksum, in 14 groups
 * of four. It needs nothing else to work: with the database file and this sheet, a new PC (or
 * Windows reinstalled, which loses the OS's key store) opens the data again.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_CHARS = Math.ceil((KEY_BYTES * 8) / 5);
const CHECK_CHARS = 4;

function toBase32(bytes: Buffer, chars: number): string {
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  const padded = bits << BigInt(chars * 5 - bytes.length * 8);
  let text = '';
  for (let i = chars - 1; i >= 0; i -= 1) text += ALPHABET[Number((padded >> BigInt(i * 5)) & 31n)];
  return text;
}

function checksum(key: Buffer): string {
  return toBase32(createHash('sha256').update('qsdp-recovery').update(key).digest().subarray(0, 3), CHECK_CHARS);
}

export function recoveryCodeOf(key: Buffer): string {
  const text = toBase32(key, KEY_CHARS) + checksum(key);
  return text.match(/.{4}/g)!.join('-');
}

/** Reads what was typed back: any case, with or without dashes and spaces, O read as 0, I and L as 1. */
export function keyFromRecoveryCode(typed: string): Buffer | null {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (text.length !== KEY_CHARS + CHECK_CHARS) return null;
  let bits = 0n;
  for (const char of text.slice(0, KEY_CHARS)) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    bits = (bits << 5n) | BigInt(value);
  }
  bits >>= BigInt(KEY_CHARS * 5 - KEY_BYTES * 8);
  const key = Buffer.alloc(KEY_BYTES);
  for (let i = KEY_BYTES - 1; i >= 0; i -= 1) {
    key[i] = Number(bits & 255n);
    bits >>= 8n;
  }
  return checksum(key) === text.slice(KEY_CHARS) ? key : null;
}
