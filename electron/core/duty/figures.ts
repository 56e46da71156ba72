import type { ApiContext } from '../kernel/context';
import { daysBetween, type IsoDate } from '../shared/dates';
import { countFigures, uncoveredRuns } from './log-repository';
import { daySpan } from './local-time';
import type { DutyCoverage, DutyFigures } from './schema';

/**
 * Duty and patrol figures for the report over [from, to] (whole days). A shift
 * counts in the range (and makes its day a duty day) when it starts in it; an
 * incident when it occurred in it; a patrol by its date.
 */
export function dutyFigures(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): DutyFigures {
  const { start, end } = daySpan(range.from, range.to);
  return countFigures(ctx.db, start, end, range.from, range.to);
}

/**
 * How the roster covered [from, to]: a day is covered when a shift starts on it (as dutyFigures
 * counts it), so the report can say "181/181 ngày" or name the days left without duty.
 */
export function dutyCoverage(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): DutyCoverage {
  const { start, end } = daySpan(range.from, range.to);
  const gaps = uncoveredRuns(ctx.db, start, end, range.from, range.to);
  const days = daysBetween(range.from, range.to) + 1;
  const missing = gaps.reduce((sum, g) => sum + daysBetween(g.from, g.to) + 1, 0);
  return { days, covered: days - missing, gaps };
}
