import type { ApiContext } from '../kernel/context';

/** The office's 2023 policy work (families of serving conscripts, returning soldiers, other cases), through the feature's services. (Placeholder: nothing yet.) */
export function seedHistoryPolicy(_ctx: ApiContext): Record<string, number> {
  return {};
}
