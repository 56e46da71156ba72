import type { ApiContext } from '../kernel/context';

/** The office's 2023 readiness documents, their reviews and combat plan practices, through the feature's services. (Placeholder: nothing yet.) */
export function seedHistoryReadiness(_ctx: ApiContext): Record<string, number> {
  return {};
}
