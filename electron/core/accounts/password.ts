import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters, stored with every hash so they can be raised later. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** Issue 7: N=2^17, r=8, p=1 (≈128 MiB and ~0.1–0.3 s per hash on an office PC). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** Upper bounds for parameters read back from a stored hash, so a crafted row cannot exhaust memory. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

export interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

/**
 * Passwords are compared as Unicode NFC: Vietnamese keyboards (Unikey, Telex/VNI) may send the
 * same accented letter precomposed or as base letter + combining mark.
 */
function derive(password: string, salt: Buffer, params: ScryptParams, keyBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs 128·N·r bytes; twice that leaves room for Node's own bookkeeping.
    const options = { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r * 2 };
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** "scrypt$N=131072,r=8,p=1$<salt base64>$<hash base64>" for a new random 16-byte salt. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, params, KEY_BYTES);
  return formatHash({ params, salt, hash });
}

export function formatHash({ params, salt, hash }: ParsedHash): string {
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** The parts of a stored hash, or null when it is not one we can check (wrong scheme, absurd parameters). */
export function parseHash(stored: string): ParsedHash | null {
  const match = FORMAT.exec(stored);
  if (!match) return null;
  const params = { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  const powerOfTwo = params.N > 1 && (params.N & (params.N - 1)) === 0;
  if (!powerOfTwo || params.N > MAX_N || params.r < 1 || params.r > MAX_R || params.p < 1 || params.p > MAX_P) {
    return null;
  }
  const salt = Buffer.from(match[4]!, 'base64');
  const hash = Buffer.from(match[5]!, 'base64');
  if (salt.length < SALT_BYTES || hash.length < 32) return null;
  return { params, salt, hash };
}

/**
 * Whether `password` matches `stored`, with the parameters stored in it. The comparison is
 * constant-time (timingSafeEqual) so the time taken does not reveal how many bytes matched.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) {
    // Still spend one hash's time: an unreadable row must not answer faster than a real one.
    await derive(password, randomBytes(SALT_BYTES), DEFAULT_SCRYPT, KEY_BYTES);
    return false;
  }
  const candidate = await derive(password, parsed.salt, parsed.params, parsed.hash.length);
  return timingSafeEqual(candidate, parsed.hash);
}

/** True when the stored hash uses weaker parameters than today's: re-hash it at the next successful login. */
export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.params.N < params.N || parsed.params.r < params.r || parsed.params.p < params.p;
}

/**
 * A well-formed hash no password matches (its salt is random per process and its key all
 * zeros): checking an unknown user name against it costs one real scrypt, so the answer for an
 * unknown name takes as long as for a wrong password.
 */
export const DUMMY_HASH = formatHash({
  params: DEFAULT_SCRYPT,
  salt: randomBytes(SALT_BYTES),
  hash: Buffer.alloc(KEY_BYTES),
});
