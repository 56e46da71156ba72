import type { ApiContext } from '../kernel/context';
import { localIsoDate } from '../shared/dates';
import { overviewAlerts } from './alerts';
import { campaignFigures, drillsFigures, forcesFigures, peopleFigures } from './figures';
import type { Overview } from './public-types';
import type { OverviewInput } from './schema';

/**
 * The year at a glance: every figure comes from the function the feature's own
 * screen and the review report use, so the overview never disagrees with them.
 * Strength is taken today, or on 31/12 of a past year; alerts are always today's.
 */
export function getOverview(ctx: ApiContext, input: OverviewInput): Overview {
  const today = localIsoDate(ctx.now());
  const year = input.year ?? Number(today.slice(0, 4));
  const yearEnd = `${year}-12-31`;
  const asOf = yearEnd < today ? yearEnd : today;
  return {
    year,
    today,
    asOf,
    people: peopleFigures(ctx, today),
    campaigns: campaignFigures(ctx, year),
    ...drillsFigures(ctx, year),
    ...forcesFigures(ctx, asOf),
    alerts: overviewAlerts(ctx, today),
  };
}
