import type { Core } from '../../electron/core/app-core';

/** Timings of the big conscription documents (filled in once the document builders are wired to the API). */
export async function documentFigures(_core: Core, _campaignId: string) {
  return [] as Array<{ name: string; value: number; target?: number }>;
}
