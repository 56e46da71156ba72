/** What a secret's value becomes in the audit log: the change is visible, the value never is. */
export const REDACTED = '[redacted]';

/** Key names (case, "_" and "-" ignored) whose values are secrets wherever they appear. */
const SECRET_KEY = /password|passwd|passphrase|token|secret|credential|salt$|apikey|privatekey/;

function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[_-]/g, ''));
}

/**
 * A copy of `value` with every secret-looking key's value replaced, at any depth. Defence in
 * depth: callers should not pass secrets to the audit log at all, but a password hash that slips
 * into a "before" snapshot must still never be written down.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    out[key] = isSecretKey(key) && inner !== null && inner !== undefined ? REDACTED : redactSecrets(inner);
  }
  return out;
}
