import type { ApiContext } from '../api/context';

/** Demo militia data, built through the feature's services on top of the demo localities and people. */
export function seedMilitia(_ctx: ApiContext, _today: string): Record<string, number> {
  return {};
}
