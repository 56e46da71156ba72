import { vi } from '../messages/vi';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import { TOP_LEVEL_KINDS, type Locality, type LocalityKind } from './schema';

/**
 * Since 1 Jul 2025 local government has two tiers (Resolution 202/2025/QH15):
 * wards, communes (and towns, in older records) stand at the top of the office's
 * area; villages and residential groups sit inside one of them.
 */
export function checkLocalityParent(kind: LocalityKind, parent: Locality | null): RuleResult {
  const topLevel = TOP_LEVEL_KINDS.includes(kind);
  if (topLevel && parent === null) return PASS;
  if (!topLevel && parent !== null && TOP_LEVEL_KINDS.includes(parent.kind) && parent.retiredOn === null) return PASS;
  return fail('LOCALITY_PARENT_INVALID', vi.errors.LOCALITY_PARENT_INVALID);
}
