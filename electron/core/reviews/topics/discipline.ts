import { fill, lowerFirst } from '../../../../vocabulary/text';
import { disciplineFigures } from '../../discipline';
import { vi } from '../../messages/vi';
import { countFigure, countText, rangeValues, ratioFigure } from '../format';
import { periodTitle } from '../period';
import type { ReviewFigure, ReviewFigureGroup } from '../public-types';
import type { ReviewTopic } from './types';

/** The tab holding the breaches (renderer route). */
export const DISCIPLINE_LINK = '#/chinh-tri-chinh-sach/ky-luat';

const FORCES = ['militia', 'reserves'] as const;
// The disciplinary forms first, the reminder (no disciplinary form) last.
const FORMS = ['reprimand', 'warning', 'rank_demotion', 'demotion', 'dismissal', 'stripped', 'reminder'] as const;
const t = () => vi.discipline;

/** Breaches dated in the range: in total, per force, handled by the range's end, per form used. */
function figures(ctx: Parameters<ReviewTopic['figures']>[0], range: { from: string; to: string }): ReviewFigureGroup[] {
  const f = disciplineFigures(ctx, range);
  // No breach in the range: no group (the draft says so in a sentence).
  if (f.total === 0) return [];
  const values = rangeValues(range);
  const link = DISCIPLINE_LINK;
  const text = t().figures;
  const unit = t().units.case;
  const list: ReviewFigure[] = [
    countFigure('discipline.total', text.total, f.total, unit, values, link),
    ...FORCES.map((force) =>
      countFigure(
        `discipline.force.${force}`,
        text.force,
        f.byForce[force],
        unit,
        { ...values, force: t().forces[force] },
        link,
      ),
    ),
    ratioFigure('discipline.handled', text.handled, f.handled, f.total, unit, values, link),
    ...FORMS.filter((form) => (f.byForm[form] ?? 0) > 0).map((form) =>
      countFigure(
        `discipline.form.${form}`,
        text.form,
        f.byForm[form] ?? 0,
        unit,
        { ...values, form: t().forms[form] },
        link,
      ),
    ),
  ];
  return [{ key: 'discipline', label: text.group, figures: list }];
}

const value = (group: ReviewFigureGroup | undefined, key: string): number =>
  group?.figures.find((f) => f.key === key)?.value ?? 0;

/**
 * "Duy trì nghiêm …; trong 6 tháng đầu năm 2023 có 3 trường hợp vi phạm kỷ luật (dân quân tự vệ 2,
 * quân nhân dự bị 1), đã xử lý 3 (khiển trách 2, nhắc nhở, kiểm điểm 1)." or, with none, "… không có
 * trường hợp vi phạm kỷ luật."
 */
function draft(groups: ReviewFigureGroup[], period: Parameters<ReviewTopic['draft']>[1]): string {
  const group = groups.find((g) => g.key === 'discipline');
  const d = t().draft;
  const total = value(group, 'discipline.total');
  if (total === 0) return fill(d.none, { lead: d.lead, period: periodTitle(period) });
  const forces = FORCES.filter((f) => value(group, `discipline.force.${f}`) > 0).map((f) =>
    fill(d.forcePart, { force: t().forces[f], count: countText(value(group, `discipline.force.${f}`)) }),
  );
  const forms = FORMS.filter((f) => value(group, `discipline.form.${f}`) > 0).map((f) =>
    fill(d.formPart, { form: lowerFirst(t().forms[f]), count: countText(value(group, `discipline.form.${f}`)) }),
  );
  return fill(d.some, {
    lead: d.lead,
    period: periodTitle(period),
    total: countText(total),
    forces: forces.join(', '),
    handled: countText(value(group, 'discipline.handled')),
    forms: forms.length > 0 ? fill(d.formsPart, { forms: forms.join('; ') }) : '',
  });
}

export const disciplineTopic: ReviewTopic = {
  section: 'discipline',
  groupKeys: ['discipline'],
  figures,
  draft,
};
