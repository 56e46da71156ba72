import type { ApiContext } from '../kernel/context';

/** The office's 2023 militia weapons and equipment, issues, returns and stocktakes, through the feature's services. (Placeholder: nothing yet.) */
export function seedHistoryEquipment(_ctx: ApiContext): Record<string, number> {
  return {};
}
