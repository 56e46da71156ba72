/** What every rule function returns: pass, or the reason in Vietnamese with a stable code. */
export type RuleResult = { ok: true } | { ok: false; code: string; message: string; severity: 'error' | 'warning' };

export const PASS: RuleResult = { ok: true };

export function fail(code: string, message: string, severity: 'error' | 'warning' = 'error'): RuleResult {
  return { ok: false, code, message, severity };
}
