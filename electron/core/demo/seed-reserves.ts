import type { ApiContext } from '../api/context';

/** Demo reserves data, built through the feature's services on top of the demo localities and people. */
export function seedReserves(_ctx: ApiContext, _today: string): Record<string, number> {
  return {};
}
