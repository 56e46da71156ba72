import type { ApiContext } from '../api/context';

/** Demo training data, built through the feature's services on top of the demo forces. */
export function seedTraining(_ctx: ApiContext, _today: string): Record<string, number> {
  return {};
}
