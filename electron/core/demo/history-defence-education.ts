import type { ApiContext } from '../kernel/context';

/** The office's 2023 defence and security education courses, through the feature's services. (Placeholder: nothing yet.) */
export function seedHistoryDefenceEducation(_ctx: ApiContext): Record<string, number> {
  return {};
}
