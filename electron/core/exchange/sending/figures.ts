import type { ApiContext } from '../../kernel/context';
import { periodRange, reviewFigures } from '../../reviews';
import { localIsoDate } from '../../shared/dates';
import type { ReviewFigureLine } from '../format/lines';

/** The key suffix of a done-of-planned figure's whole. */
export const OF_SUFFIX = '.of';

/** The review periods a bundle reports: the half-year of `today` and the one before it. */
export function reportedHalves(today: string): Array<{ year: number; half: 1 | 2 }> {
  const year = Number(today.slice(0, 4));
  const half: 1 | 2 = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  return half === 2
    ? [
        { year, half: 1 },
        { year, half: 2 },
      ]
    : [
        { year: year - 1, half: 2 },
        { year, half: 1 },
      ];
}

/**
 * The office's own half-year review figures (issue 20 §3: the receiver sums what each office
 * reported), computed by the review report's own function so a board's sum equals the communes'
 * reports. Only figures with a number travel; a figure that cannot be computed (0 of 0) does not.
 * The key is the review's own ('exercises.type.disaster_rescue'); a figure's whole goes as
 * '<key>.of'.
 */
export function reviewFigureLines(ctx: ApiContext): ReviewFigureLine[] {
  const lines: ReviewFigureLine[] = [];
  for (const { year, half } of reportedHalves(localIsoDate(ctx.now()))) {
    const range = periodRange(half === 1 ? 'h1' : 'h2', year);
    const figures = reviewFigures(ctx, { from: range.from, to: range.to, kind: range.kind });
    const period = `${year}-H${half}`;
    const seen = new Set<string>();
    for (const group of figures.groups) {
      for (const f of group.figures) {
        if (f.value === null || !Number.isFinite(f.value) || seen.has(f.key) || f.key.length > 117) continue;
        seen.add(f.key);
        lines.push({ period, key: f.key, value: f.value });
        // A done-of-planned figure ("70/76") also sends its whole, so a receiver sums both parts.
        if (f.of !== null && Number.isFinite(f.of)) lines.push({ period, key: `${f.key}${OF_SUFFIX}`, value: f.of });
      }
    }
  }
  return lines;
}
