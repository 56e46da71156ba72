import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleFileName } from '../entities';
import { readBundle, writeBundle } from './bundle';
import { generateOfficeKeyPair } from './keys';
import { specSchemas } from './spec-schemas';

const schemas = specSchemas(path.resolve(__dirname, '../../../..'));

describe('docs/exchange-format.md', () => {
  it('holds a schema for the manifest and for every kind of line', () => {
    expect([...schemas.keys()].sort()).toEqual([
      'answers',
      'corrections',
      'decisions',
      'manifest',
      'review_figures',
      'row',
    ]);
  });

  it('refuses what the format does not allow (the schemas are not empty)', () => {
    const key = generateOfficeKeyPair();
    const { bytes } = writeBundle(
      {
        schemaVersion: 33,
        direction: 'up',
        sender: { code: '26734', name: 'Ban CHQS phường A', kind: 'ward_commune' },
        recipient: { code: '26-KV1', name: 'Ban CHPTKV 1' },
        seq: 1,
        prevHash: null,
        ack: 0,
        full: true,
        period: { from: null, to: '2026-12-08' },
        createdAt: '2026-12-08T03:00:00.000Z',
      },
      new Map<BundleFileName, unknown[]>([['people', []]]),
      key,
    );
    const { manifest } = readBundle(bytes);
    expect(schemas.get('manifest')!(manifest)).toBe(true);
    expect(schemas.get('manifest')!({ ...manifest, seq: 0 })).toBe(false);
    expect(schemas.get('manifest')!({ ...manifest, extra: 1 })).toBe(false);
    const row = schemas.get('row')!;
    expect(row({ gid: 'a', origin: '26734', version: 1, deleted: false, data: { id: 'a' } })).toBe(true);
    expect(row({ gid: 'a', origin: '26734', version: 1, deleted: true, data: { id: 'a' } })).toBe(false);
    expect(row({ gid: 'a', origin: 'X', version: 1, deleted: false, data: { id: 'a' } })).toBe(false);
  });
});
