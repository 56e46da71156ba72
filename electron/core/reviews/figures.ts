import type { ApiContext } from '../kernel/context';
import type { IsoDate } from '../shared/dates';
import { campaignsHandedOverIn, conscriptionGroup } from './figures-conscription';
import { registrationGroup } from './figures-registration';
import { dutyGroup, exerciseGroup, militiaGroup, reservesGroup, trainingGroup } from './figures-groups';
import type { ReviewFigure, ReviewFigureGroup, ReviewFigures } from './public-types';
import { reviewTopics } from './topics';

/**
 * Every figure of the review report for [from, to] (inclusive dates), from the features'
 * own figure functions so the report never counts differently from their screens:
 * exercises and training by their planned/start date in the range, militia and reserves
 * as of the last day, the campaigns whose handover starts in the range, duty in the range, and
 * the first registration of those turning 17 in the last day's year (when any are listed), and
 * the topics other features supply (topics/).
 */
export function reviewFigures(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): ReviewFigures {
  const groups: ReviewFigureGroup[] = [
    exerciseGroup(ctx, range),
    trainingGroup(ctx, range),
    militiaGroup(ctx, range.to),
    reservesGroup(ctx, range.to),
    ...campaignsHandedOverIn(ctx, range).map((c) => conscriptionGroup(ctx, c)),
    dutyGroup(ctx, range),
    ...reviewTopics.flatMap((topic) => topic.figures(ctx, range)),
  ];
  const registration = registrationGroup(ctx, range.to);
  if (registration) groups.push(registration);
  return { from: range.from, to: range.to, groups };
}

/** The figure with this key, if any. */
export function findFigure(figures: ReviewFigures, key: string): ReviewFigure | undefined {
  for (const group of figures.groups) {
    const found = group.figures.find((f) => f.key === key);
    if (found) return found;
  }
  return undefined;
}
