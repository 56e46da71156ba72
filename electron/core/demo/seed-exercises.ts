import type { ApiContext } from '../api/context';

/** Demo exercises data, built through the feature's services on top of the demo forces. */
export function seedExercises(_ctx: ApiContext, _today: string): Record<string, number> {
  return {};
}
