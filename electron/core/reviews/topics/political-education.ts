import { fill, lowerFirst } from '../../../../vocabulary/text';
import { vi } from '../../messages/vi';
import { politicalEducationFigures } from '../../political-education';
import { countFigure, countText, percentOf, rangeValues, rateDisplay, rateFigure, ratioFigure } from '../format';
import { periodTitle } from '../period';
import type { ReviewFigure, ReviewFigureGroup } from '../public-types';
import type { ReviewTopic } from './types';

/** The tab holding the sessions (renderer route). */
export const POLITICAL_EDUCATION_LINK = '#/chinh-tri-chinh-sach/giao-duc-chinh-tri';

const KINDS = ['political', 'legal', 'thematic'] as const;
const t = () => vi.politicalEducation;

/**
 * Sessions and attendance over the range: total sessions, attendance present/planned and its rate,
 * sessions per kind, sessions under the renewal project, then one line per unit.
 */
function figures(ctx: Parameters<ReviewTopic['figures']>[0], range: { from: string; to: string }): ReviewFigureGroup[] {
  const f = politicalEducationFigures(ctx, range);
  // No session in the range: no group (the draft says so in a sentence).
  if (f.sessions === 0) return [];
  const values = rangeValues(range);
  const link = POLITICAL_EDUCATION_LINK;
  const text = t().figures;
  const units = t().units;
  const list: ReviewFigure[] = [
    countFigure('politicalEducation.sessions', text.sessions, f.sessions, units.session, values, link),
    ratioFigure('politicalEducation.attendance', text.attendance, f.present, f.planned, units.people, values, link),
    rateFigure('politicalEducation.rate', text.rate, percentOf(f.present, f.planned, 2), values, link),
    ...KINDS.map((kind) =>
      countFigure(
        `politicalEducation.kind.${kind}`,
        text.kind,
        f.byKind[kind],
        units.session,
        { ...values, kind: t().kinds[kind] },
        link,
      ),
    ),
    countFigure('politicalEducation.renewal', text.renewal, f.renewal, units.session, values, link),
    ...f.byUnit.map((u, i) =>
      ratioFigure(
        `politicalEducation.unit.${i + 1}`,
        text.unit,
        u.present,
        u.planned,
        units.people,
        { ...values, unit: u.unitName, sessions: countText(u.sessions) },
        link,
      ),
    ),
  ];
  return [{ key: 'politicalEducation', label: text.group, figures: list }];
}

const value = (group: ReviewFigureGroup | undefined, key: string): number =>
  group?.figures.find((f) => f.key === key)?.value ?? 0;

/** A kind's name as it reads inside a sentence ("giáo dục chính trị 10 buổi"). */

/**
 * "Tổ chức 16 buổi giáo dục chính trị, tuyên truyền, phổ biến pháp luật (giáo dục chính trị 10 buổi, …)
 * với 1.234/1.300 lượt người tham gia, đạt 94,92%; trong đó 8 buổi thực hiện theo Đề án …."; with no
 * session in the period, a sentence saying so.
 */
function draft(groups: ReviewFigureGroup[], period: Parameters<ReviewTopic['draft']>[1]): string {
  const group = groups.find((g) => g.key === 'politicalEducation');
  const d = t().draft;
  const sessions = value(group, 'politicalEducation.sessions');
  if (sessions === 0) return fill(d.none, { period: periodTitle(period) });
  const attendance = group?.figures.find((f) => f.key === 'politicalEducation.attendance');
  const kinds = KINDS.filter((k) => value(group, `politicalEducation.kind.${k}`) > 0).map((k) =>
    fill(d.kindPart, {
      kind: lowerFirst(t().kinds[k]),
      count: countText(value(group, `politicalEducation.kind.${k}`)),
    }),
  );
  const present = attendance?.value ?? 0;
  const planned = attendance?.of ?? 0;
  const renewal = value(group, 'politicalEducation.renewal');
  const main = fill(d.some, {
    sessions: countText(sessions),
    kinds: kinds.join(', '),
    present: countText(present),
    planned: countText(planned),
    rate: rateDisplay(percentOf(present, planned, 2)),
  });
  return `${main}${renewal > 0 ? fill(d.renewal, { renewal: countText(renewal) }) : ''}.`;
}

export const politicalEducationTopic: ReviewTopic = {
  section: 'politicalEducation',
  groupKeys: ['politicalEducation'],
  figures,
  draft,
};
