import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import type { IsoDate } from '../shared/dates';
import type { PolicyFigures } from './public-types';
import { registeredInTime } from './rules';

type Range = { from: IsoDate; to: IsoDate };

const count = (ctx: ApiContext, sql: string, range: Range): number =>
  (statement(ctx.db, sql).get(range) as { n: number | null }).n ?? 0;

/**
 * The policy work over [from, to] (inclusive) for the review report: cases being handled (received
 * by `to`, not resolved before `from`) and those concluded in it; families supported, the money and
 * the visits and gifts; soldiers back in it and how many registered for the reserves in time; the
 * job and training support given in it.
 */
export function policyFigures(ctx: ApiContext, range: Range): PolicyFigures {
  const returned = statement(
    ctx.db,
    `SELECT returned_on, reserve_registered_on FROM policy_returnees WHERE returned_on BETWEEN @from AND @to`,
  ).all(range) as { returned_on: string; reserve_registered_on: string | null }[];
  return {
    casesHandled: count(
      ctx,
      `SELECT COUNT(*) AS n FROM policy_cases WHERE received_on <= @to AND (resolved_on IS NULL OR resolved_on >= @from)`,
      range,
    ),
    casesResolved: count(
      ctx,
      `SELECT COUNT(*) AS n FROM policy_cases WHERE outcome <> 'pending' AND resolved_on BETWEEN @from AND @to`,
      range,
    ),
    casesIneligible: count(
      ctx,
      `SELECT COUNT(*) AS n FROM policy_cases WHERE outcome = 'ineligible' AND resolved_on BETWEEN @from AND @to`,
      range,
    ),
    families: count(
      ctx,
      `SELECT COUNT(DISTINCT person_id) AS n FROM policy_family_supports WHERE support_on BETWEEN @from AND @to`,
      range,
    ),
    amount: count(
      ctx,
      `SELECT SUM(amount) AS n FROM policy_family_supports WHERE support_on BETWEEN @from AND @to`,
      range,
    ),
    visitsGifts: count(
      ctx,
      `SELECT COUNT(*) AS n FROM policy_family_supports
       WHERE kind IN ('visit', 'tet_gift') AND support_on BETWEEN @from AND @to`,
      range,
    ),
    returnees: returned.length,
    // As the period's last day saw it: a registration made after it does not count yet.
    registeredInTime: returned.filter(
      (r) =>
        r.reserve_registered_on !== null &&
        r.reserve_registered_on <= range.to &&
        registeredInTime(r.returned_on, r.reserve_registered_on),
    ).length,
    jobSupports: count(
      ctx,
      `SELECT COUNT(*) AS n FROM policy_returnee_supports WHERE support_on BETWEEN @from AND @to`,
      range,
    ),
  };
}
