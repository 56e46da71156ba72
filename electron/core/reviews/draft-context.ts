import { fill } from '../../../vocabulary/text';
import { vi } from '../messages/vi';
import { countText } from './format';
import type { ReviewFigure, ReviewFigureGroup } from './public-types';

const d = () => vi.reviews.draft;
const figuresOf = (group: ReviewFigureGroup | undefined, prefix: string) =>
  group?.figures.filter((f) => f.key.startsWith(prefix)) ?? [];
const valueOf = (group: ReviewFigureGroup | undefined, key: string) =>
  group?.figures.find((f) => f.key === key)?.value ?? 0;

/**
 * "Tình hình chung" from the records: the wards and communes of the area, the incidents the duty
 * handled and the police notices received. Without any, the sentence an office writes for a quiet
 * period (the area's stability is the officer's judgement; the figures only show nothing was logged).
 */
export function draftSituation(
  situation: ReviewFigureGroup | undefined,
  duty: ReviewFigureGroup | undefined,
  period: string,
): string {
  const area = situation?.figures.find((f) => f.key === 'situation.localities');
  const places = area && (area.value ?? 0) > 0 ? area.display : '';
  const events: string[] = [];
  const incidents = valueOf(duty, 'duty.incidents');
  if (incidents > 0) events.push(fill(d().situationIncidents, { incidents: countText(incidents) }));
  const notices = valueOf(situation, 'situation.policeNotices');
  if (notices > 0) {
    const lines = figuresOf(situation, 'situation.police.').map(
      (f) =>
        `${countText(f.value ?? 0)} ${vi.reviews.policeKinds[f.key.slice('situation.police.'.length) as keyof typeof vi.reviews.policeKinds]}`,
    );
    events.push(
      fill(d().situationNotices, {
        notices: countText(notices),
        lines: lines.length > 0 ? fill(d().situationLines, { list: lines.join('; ') }) : '',
      }),
    );
  }
  return fill(d().situation, {
    period,
    places: places ? fill(d().situationPlaces, { list: places }) : '',
    events: events.length > 0 ? fill(d().situationEvents, { list: events.join('; ') }) : d().situationQuiet,
  });
}

/** "Công tác lãnh đạo, chỉ đạo" from the documents issued in the period, by kind, and the exercise plans. */
export function draftLeadership(group: ReviewFigureGroup | undefined, period: string): string {
  const total = valueOf(group, 'leadership.documents');
  const plans = valueOf(group, 'leadership.exercisePlans');
  const lines: string[] = [];
  if (total > 0) {
    const list = figuresOf(group, 'leadership.type.')
      .map((f) => f.display)
      .join(', ');
    lines.push(fill(d().leadership, { period, total: countText(total), list }));
  } else {
    lines.push(fill(d().leadershipNone, { period }));
  }
  if (plans > 0) lines.push(fill(d().leadershipPlans, { plans: countText(plans) }));
  return lines.join(' ');
}

/**
 * An annual report's comparison of a figure with the year before, " (tăng 5 người so với năm 2022)";
 * '' when the figure carries no previous value (half-year reports) or it could not be computed.
 */
export function compareClause(figure: ReviewFigure | undefined, unit: string, year: number): string {
  if (!figure || figure.previous === undefined || figure.previous === null || figure.value === null) return '';
  const diff = figure.value - figure.previous;
  const text =
    diff === 0
      ? fill(d().compareSame, { year })
      : fill(diff > 0 ? d().compareUp : d().compareDown, { diff: countText(Math.abs(diff)), unit, year });
  return fill(d().compare, { text });
}
