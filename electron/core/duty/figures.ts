import type { ApiContext } from '../kernel/context';
import type { IsoDate } from '../shared/dates';
import { countFigures } from './log-repository';
import { daySpan } from './local-time';
import type { DutyFigures } from './schema';

/**
 * Duty and patrol figures for the report over [from, to] (whole days). A shift
 * counts in the range (and makes its day a duty day) when it starts in it; an
 * incident when it occurred in it; a patrol by its date.
 */
export function dutyFigures(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): DutyFigures {
  const { start, end } = daySpan(range.from, range.to);
  return countFigures(ctx.db, start, end, range.from, range.to);
}
