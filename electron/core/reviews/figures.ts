import type { ApiContext } from '../kernel/context';
import { fill } from '../../../vocabulary/text';
import { vi } from '../messages/vi';
import type { IsoDate } from '../shared/dates';
import { campaignsHandedOverIn, conscriptionGroup } from './figures-conscription';
import { leadershipGroup, situationGroup } from './figures-context';
import { registrationGroup } from './figures-registration';
import { dutyGroup, exerciseGroup, militiaGroup, reservesGroup, trainingGroup } from './figures-groups';
import { countText } from './format';
import type { ReviewPeriodKind } from './public-types';
import type { ReviewFigure, ReviewFigureGroup, ReviewFigures } from './public-types';
import { reviewTopics } from './topics';

type Range = { from: IsoDate; to: IsoDate };

/**
 * Every figure of the review report for [from, to] (inclusive dates), from the features'
 * own figure functions so the report never counts differently from their screens:
 * the area and what the police and the duty log brought (situation), the documents issued
 * (leadership), exercises and training by their planned/start date in the range, militia and
 * reserves as of the last day, the campaigns whose handover starts in the range, duty in the range,
 * the first registration of those turning 17 in the last day's year (when any are listed), and
 * the topics other features supply (topics/). For an annual report (kind 'year') each figure also
 * carries the previous year's value, computed by the same functions.
 */
export function reviewFigures(ctx: ApiContext, range: Range & { kind?: ReviewPeriodKind }): ReviewFigures {
  const figures = figuresOf(ctx, { from: range.from, to: range.to });
  if (range.kind !== 'year') return figures;
  const year = Number(range.from.slice(0, 4));
  return withPrevious(figures, figuresOf(ctx, { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }), year);
}

function figuresOf(ctx: ApiContext, range: Range): ReviewFigures {
  const groups: ReviewFigureGroup[] = [
    situationGroup(ctx, range),
    leadershipGroup(ctx, range),
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

/**
 * Each figure of `year` with the same figure of the year before: found by its key, a campaign's
 * year in the key moved back one ('conscription.2023.handedOver' ↔ 'conscription.2022.handedOver').
 * A group with nothing at all the year before (no records: often the office had not yet used the
 * program) gives no comparison (null, "—") rather than "tăng 92 người" from zero. In a group that
 * had records, a count missing the year before was 0 (groups list only what occurred); a ratio or
 * rate missing then could not be computed (null).
 */
function withPrevious(figures: ReviewFigures, before: ReviewFigures, year: number): ReviewFigures {
  const earlier = new Map(before.groups.flatMap((g) => g.figures).map((f) => [f.key, f]));
  const recorded = new Set(before.groups.filter((g) => g.figures.some((f) => (f.value ?? 0) > 0)).map((g) => g.key));
  const keyBefore = (key: string) => key.replace(`.${year}.`, `.${year - 1}.`);
  const compare = (group: ReviewFigureGroup, f: ReviewFigure): ReviewFigure => {
    const prev = recorded.has(group.key) ? earlier.get(keyBefore(f.key)) : undefined;
    const isCount = f.of === null && f.unit !== '%';
    const zero = recorded.has(group.key) && isCount;
    const previous = prev ? prev.value : zero ? 0 : null;
    const previousDisplay = prev ? prev.display : zero ? [countText(0), f.unit].filter(Boolean).join(' ') : '—';
    const how = f.how + fill(vi.reviews.previous.how, { year: year - 1, previous: previousDisplay });
    return { ...f, how, previous, previousDisplay };
  };
  return { ...figures, groups: figures.groups.map((g) => ({ ...g, figures: g.figures.map((f) => compare(g, f)) })) };
}

/** The figure with this key, if any. */
export function findFigure(figures: ReviewFigures, key: string): ReviewFigure | undefined {
  for (const group of figures.groups) {
    const found = group.figures.find((f) => f.key === key);
    if (found) return found;
  }
  return undefined;
}
