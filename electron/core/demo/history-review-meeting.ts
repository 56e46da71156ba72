import type { ApiContext } from '../kernel/context';

/** The office's 2023 the 27/06/2023 half-year review meeting, through the feature's services. (Placeholder: nothing yet.) */
export function seedHistoryReviewMeeting(_ctx: ApiContext): Record<string, number> {
  return {};
}
