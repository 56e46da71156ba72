import type { ApiContext } from '../kernel/context';

/** The office's 2023 political education sessions and discipline cases, through the feature's services. (Placeholder: nothing yet.) */
export function seedHistoryPolitical(_ctx: ApiContext): Record<string, number> {
  return {};
}
