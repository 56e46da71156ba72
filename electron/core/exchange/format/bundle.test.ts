import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BundleFileName } from '../entities';
import { canonicalJson } from './canonical';
import { BundleFormatError, readBundle, verifyBundleSignature, writeBundle, type ManifestDraft } from './bundle';
import { generateOfficeKeyPair, keyFingerprint, normalizePublicKey } from './keys';

const key = generateOfficeKeyPair();
const draft: ManifestDraft = {
  schemaVersion: 33,
  direction: 'up',
  sender: { code: '26734', name: 'Ban CHQS phường Đức Xuân', kind: 'ward_commune' },
  recipient: { code: '26-KV1', name: 'Ban CHPTKV 1' },
  seq: 1,
  prevHash: null,
  ack: 0,
  full: true,
  period: { from: null, to: '2026-12-08' },
  createdAt: '2026-12-08T03:00:00.000Z',
};
const people = [
  { gid: 'p1', origin: '26734', version: 1, deleted: false, data: { full_name: 'Nguyễn Văn Ấn', b: 1, a: null } },
  { gid: 'p2', origin: '26734', version: 3, deleted: true, data: null },
];
const files = new Map<BundleFileName, unknown[]>([
  ['people', people],
  ['answers', []],
]);

function faultOf(bytes: Uint8Array) {
  try {
    readBundle(bytes);
  } catch (e) {
    if (e instanceof BundleFormatError) return e.fault;
    throw e;
  }
  return null;
}

describe('exchange bundle format', () => {
  it('round-trips the data, lists every file with its count and hash, and verifies with the sender key only', () => {
    const { bytes, manifestHash } = writeBundle(draft, files, key);
    const read = readBundle(bytes);
    expect(read.files.get('people')).toEqual(people);
    expect(read.files.get('answers')).toEqual([]);
    expect(read.manifest.files.map((f) => [f.name, f.rows])).toEqual([
      ['people', 2],
      ['answers', 0],
    ]);
    expect(read.manifest.keyFingerprint).toBe(keyFingerprint(key.publicKeyHex));
    expect(read.manifestHash).toBe(manifestHash);
    expect(verifyBundleSignature(read, key.publicKeyHex)).toBe(true);
    expect(verifyBundleSignature(read, generateOfficeKeyPair().publicKeyHex)).toBe(false);
  });

  it('writes lines in canonical form (sorted keys, no spaces) so the hash does not depend on the writer', () => {
    const { bytes } = writeBundle(draft, files, key);
    const text = strFromU8(unzipSync(bytes)['data/people.ndjson']!);
    expect(text.split('\n')[0]).toBe(
      '{"data":{"a":null,"b":1,"full_name":"Nguyễn Văn Ấn"},"deleted":false,"gid":"p1","origin":"26734","version":1}',
    );
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: true })).toBe('{"a":true,"b":[1,{"c":"x","d":2}]}');
  });

  it('refuses a flipped byte in any file, an added file, a truncated zip and a newer format', () => {
    const { bytes } = writeBundle(draft, files, key);
    const entries = unzipSync(bytes);
    for (const path of Object.keys(entries)) {
      const changed = { ...entries, [path]: Uint8Array.from(entries[path]!) };
      if (changed[path]!.length === 0) continue;
      changed[path]![0]! ^= 1;
      const rezipped = zipSync(changed);
      if (path === 'manifest.sig') {
        // The signature is read, not checked, without a key: the key check catches it.
        expect(verifyBundleSignature(readBundle(rezipped), key.publicKeyHex)).toBe(false);
      } else {
        expect(faultOf(rezipped)).toMatchObject({ kind: expect.stringMatching(/file_damaged|not_a_bundle/) });
      }
    }
    expect(faultOf(zipSync({ ...entries, 'data/extra.ndjson': strToU8('{}\n') }))).toEqual({
      kind: 'unexpected_file',
      path: 'data/extra.ndjson',
    });
    expect(faultOf(bytes.subarray(0, bytes.length - 30))).toEqual({ kind: 'not_a_bundle' });
    expect(faultOf(strToU8('not a zip'))).toEqual({ kind: 'not_a_bundle' });
    // A zip bomb: more declared than the limit is refused before it is inflated (a small limit stands for 1 GB).
    const bomb = writeBundle(draft, new Map<BundleFileName, unknown[]>([['people', [{ pad: 'x'.repeat(4096) }]]]), key);
    expect(() => readBundle(bomb.bytes, 1024)).toThrow(expect.objectContaining({ fault: { kind: 'too_large' } }));
    expect(readBundle(bomb.bytes).files.get('people')).toHaveLength(1);
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
    const newer = strToU8(canonicalJson({ ...manifest, formatVersion: 2 }));
    expect(faultOf(zipSync({ ...entries, 'manifest.json': newer }))).toEqual({ kind: 'format_newer', version: 2 });
  });

  it('takes a typed public key with spaces and dashes, and refuses one of the wrong length', () => {
    const grouped = key.publicKeyHex.toUpperCase().match(/.{4}/g)!.join(' ');
    expect(normalizePublicKey(grouped)).toBe(key.publicKeyHex);
    expect(normalizePublicKey(grouped.slice(0, -1))).toBeNull();
    expect(keyFingerprint(key.publicKeyHex)).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/);
  });
});
