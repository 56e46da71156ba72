import { vi } from '../../messages/vi';
import { policyFigures } from '../../policy';
import { fill } from '../../../../vocabulary/text';
import { countFigure, countText, rangeValues, ratioFigure } from '../format';
import { periodTitle, type ReviewPeriod } from '../period';
import type { ReviewFigure, ReviewFigureGroup } from '../public-types';
import type { ReviewTopic } from './types';

/** The screen holding the policy records (Chính trị – Chính sách › Chính sách). */
export const POLICY_LINK = '#/chinh-tri-chinh-sach/chinh-sach';

const t = () => vi.policy;

/**
 * The policy group over the range: cases, family support, returning soldiers, job support. None
 * when nothing was recorded in it: a table of zeros says less than the paragraph's "không phát sinh".
 */
function policyGroups(
  ctx: Parameters<ReviewTopic['figures']>[0],
  range: { from: string; to: string },
): ReviewFigureGroup[] {
  const f = policyFigures(ctx, range);
  if (Object.values(f).every((n) => n === 0)) return [];
  const values = rangeValues(range);
  const link = POLICY_LINK;
  const { figures: text, units } = t();
  const figures: ReviewFigure[] = [
    ratioFigure('policy.cases', text.casesHandled, f.casesResolved, f.casesHandled, units.case, values, link),
  ];
  if (f.casesIneligible > 0)
    figures.push(
      countFigure('policy.cases.ineligible', text.casesIneligible, f.casesIneligible, units.case, values, link),
    );
  figures.push(
    countFigure('policy.families', text.families, f.families, units.family, values, link),
    countFigure('policy.amount', text.amount, f.amount, units.money, values, link),
    countFigure('policy.visitsGifts', text.visitsGifts, f.visitsGifts, units.time, values, link),
    countFigure('policy.returnees', text.returnees, f.returnees, units.person, values, link),
    ratioFigure('policy.registered', text.registered, f.registeredInTime, f.returnees, units.person, values, link),
    countFigure('policy.jobSupport', text.jobSupport, f.jobSupports, units.time, values, link),
  );
  return [{ key: 'policy', label: t().group, figures }];
}

/** The section's paragraph from the group as computed or saved: what happened, or that nothing did. */
function policyDraft(groups: ReviewFigureGroup[], period: ReviewPeriod): string {
  const figures = groups.find((g) => g.key === 'policy')?.figures ?? [];
  const value = (key: string) => figures.find((f) => f.key === key)?.value ?? 0;
  const cases = figures.find((f) => f.key === 'policy.cases');
  const handled = cases?.of ?? 0;
  const d = t().draft;
  const parts: string[] = [];
  if (handled > 0) {
    const ineligible = value('policy.cases.ineligible');
    parts.push(
      fill(d.cases, { handled: countText(handled), resolved: countText(cases?.value ?? 0) }) +
        (ineligible > 0 ? fill(d.casesIneligible, { ineligible: countText(ineligible) }) : ''),
    );
  }
  const families = value('policy.families');
  if (families > 0) {
    const amount = value('policy.amount');
    parts.push(
      amount > 0
        ? fill(d.families, { families: countText(families), amount: countText(amount) })
        : fill(d.familiesNoMoney, { families: countText(families) }),
    );
  }
  const returnees = value('policy.returnees');
  if (returnees > 0)
    parts.push(
      fill(d.returnees, { returnees: countText(returnees), registered: countText(value('policy.registered')) }),
    );
  const jobs = value('policy.jobSupport');
  if (jobs > 0) parts.push(fill(d.jobSupport, { jobs: countText(jobs) }));
  const title = periodTitle(period);
  if (parts.length === 0) return fill(d.none, { period: title });
  return `${fill(d.opening, { period: title })}${parts.join('; ')}.`;
}

/** Công tác chính sách: figures and paragraph from the policy records (no planned items are recorded, so no tasks). */
export const policyTopic: ReviewTopic = {
  section: 'policy',
  groupKeys: ['policy'],
  figures: policyGroups,
  draft: policyDraft,
};
