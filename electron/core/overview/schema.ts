import { z } from 'zod';

/** The year at a glance; the current year when left out. Alerts are always as of today. */
export const overviewInput = z.strictObject({ year: z.number().int().min(2000).max(2200).optional() });

export type OverviewInput = z.output<typeof overviewInput>;
