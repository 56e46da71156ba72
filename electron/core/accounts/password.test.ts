import * as crypto from 'node:crypto';
import type * as NodeCrypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCRYPT, DUMMY_HASH, hashPassword, needsRehash, parseHash, verifyPassword } from './password';

// A spy around the real timingSafeEqual, to prove the comparison goes through it.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeCrypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

/** Cheap parameters for the tests that are not about the cost itself. */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('stores scrypt with N=2^17, r=8, p=1, a 16-byte salt and a 64-byte key in the hash string', async () => {
    const stored = await hashPassword('mật khẩu tốt 2026');
    expect(stored).toMatch(/^scrypt\$N=131072,r=8,p=1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    const parsed = parseHash(stored)!;
    expect(parsed.params).toEqual(DEFAULT_SCRYPT);
    expect(parsed.salt).toHaveLength(16);
    expect(parsed.hash).toHaveLength(64);
    expect(await verifyPassword('mật khẩu tốt 2026', stored)).toBe(true);
  });

  it('gives the same password a different salt (and hash) each time', async () => {
    const [a, b] = await Promise.all([hashPassword('trùng nhau', CHEAP), hashPassword('trùng nhau', CHEAP)]);
    expect(parseHash(a)!.salt.equals(parseHash(b)!.salt)).toBe(false);
    expect(a).not.toBe(b);
  });

  it('accepts the right password and refuses a wrong one, comparing in constant time', async () => {
    const stored = await hashPassword('Chihuy@2026', CHEAP);
    const compare = vi.mocked(crypto.timingSafeEqual);
    compare.mockClear();
    expect(await verifyPassword('Chihuy@2026', stored)).toBe(true);
    expect(await verifyPassword('chihuy@2026', stored)).toBe(false);
    expect(await verifyPassword('Chihuy@2026 ', stored)).toBe(false);
    expect(compare).toHaveBeenCalledTimes(3);
  });

  it('reads the parameters back from the stored string, so old hashes still verify after a raise', async () => {
    const old = await hashPassword('đổi tham số', CHEAP);
    expect(old.startsWith('scrypt$N=1024,r=8,p=1$')).toBe(true);
    expect(await verifyPassword('đổi tham số', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it('treats precomposed and combining Vietnamese accents as the same password', async () => {
    const stored = await hashPassword('Việt Nam', CHEAP);
    expect(await verifyPassword('Việt Nam'.normalize('NFD'), stored)).toBe(true);
  });

  it('refuses unreadable or absurd stored hashes instead of running them', async () => {
    expect(parseHash('plain-text-password')).toBeNull();
    expect(parseHash('scrypt$N=1000,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$' + 'A'.repeat(88))).toBeNull();
    expect(parseHash(`scrypt$N=${2 ** 30},r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$` + 'A'.repeat(88))).toBeNull();
    expect(await verifyPassword('x', 'plain-text-password')).toBe(false);
  });

  it('has a dummy hash no password matches, with today’s parameters', async () => {
    expect(parseHash(DUMMY_HASH)!.params).toEqual(DEFAULT_SCRYPT);
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
  });
});
