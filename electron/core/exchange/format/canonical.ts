import { createHash } from 'node:crypto';

/** A value the exchange format carries: JSON, with no undefined and no non-finite numbers. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The canonical JSON text of a value (docs/exchange-format.md §3): object keys sorted by UTF-16
 * code unit, no whitespace, strings as JSON.stringify writes them. Two programs that hold the same
 * value write the same bytes, so a signature or a hash over it does not depend on who wrote it.
 * `undefined` members are dropped (as JSON.stringify does); a non-finite number is refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonicalJson: a non-finite number has no JSON form');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`canonicalJson: a ${typeof value} has no JSON form`);
}

/** SHA-256 of bytes or of a string's UTF-8, as lower-case hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
