import type { ApiContext } from '../api/context';

/** Demo duty data, built through the feature's services on top of the demo forces. */
export function seedDuty(_ctx: ApiContext, _today: string): Record<string, number> {
  return {};
}
