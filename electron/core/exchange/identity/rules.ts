import { format, vi } from '../../messages/vi';
import { fail, PASS, type RuleResult } from '../../shared/rule-result';
import type { ExchangeOfficeKind } from './schema';

/**
 * The code an office of each kind is known by in exchanges. Decision 19/2025/QĐ-TTg gives a
 * province 2 digits and a ward/commune 5; a regional defence board has no national code, so it is
 * "<its province's code>-KV<its number>" (docs/exchange-format.md §1).
 */
const CODE_BY_KIND: Record<ExchangeOfficeKind, RegExp> = {
  ward_commune: /^\d{5}$/,
  provincial: /^\d{2}$/,
  regional_defence: /^\d{2}-KV\d{1,2}$/,
};

export function checkCodeFitsKind(code: string, kind: ExchangeOfficeKind): RuleResult {
  if (CODE_BY_KIND[kind].test(code)) return PASS;
  return fail(
    'EXCHANGE_CODE_KIND',
    format(vi.errors.EXCHANGE_CODE_KIND, { expected: vi.exchange.identity.codeFormats[kind] }),
  );
}

/** A fingerprint as typed from paper: case, dashes and spaces do not matter. */
export function sameFingerprint(typed: string, computed: string): boolean {
  const plain = (text: string) => text.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return plain(typed) === plain(computed);
}
