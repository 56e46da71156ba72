import type { ApiContext } from '../kernel/context';
import { listCampaigns } from '../conscription';
import type { Campaign } from '../conscription';
import { fill } from '../../../vocabulary/text';
import {
  deferralPointLabel,
  exemptionPointLabel,
  isDeferralPoint,
  isExemptionPoint,
  pointLetter,
} from '../conscription';
import { campaignReportData, type PointCount } from '../conscription';
import { CALLABLE_HEALTH_CLASSES } from '../conscription';
import { vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { countText, percentOf, rateDisplay, rateFigure, ratioFigure, countFigure } from './format';
import { reviewLinks } from './figures-groups';
import type { ReviewFigure, ReviewFigureGroup } from './public-types';

/** The campaigns whose handover (first day) falls in the range, oldest first. */
export function campaignsHandedOverIn(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): Campaign[] {
  return listCampaigns(ctx)
    .filter((c) => c.handoverStart >= range.from && c.handoverStart <= range.to)
    .sort((a, b) => a.year - b.year);
}

/** "14/02/2023" or "14/02/2023 – 16/02/2023". */
export function handoverDates(c: Campaign): string {
  const start = formatDisplayDate(c.handoverStart);
  return c.handoverEnd && c.handoverEnd !== c.handoverStart ? `${start} – ${formatDisplayDate(c.handoverEnd)}` : start;
}

/** One campaign's figures (campaignReportData): handover vs quota, health classes, deferrals and exemptions. */
export function conscriptionGroup(ctx: ApiContext, campaign: Campaign): ReviewFigureGroup {
  const t = vi.reviews.figures;
  const u = vi.reviews.units;
  const data = campaignReportData(ctx, campaign.id);
  const { totals } = data;
  const year = campaign.year;
  const prefix = `conscription.${year}`;
  const overview = reviewLinks.campaign(campaign.id, 'tong-quan');
  const handover = reviewLinks.campaign(campaign.id, 'giao-nhan');
  const citizens = reviewLinks.campaign(campaign.id, 'cong-dan');
  const values = { year, date: handoverDates(campaign), handed: totals.handedOver, quota: totals.quota };
  const figures: ReviewFigure[] = [
    ratioFigure(
      `${prefix}.handedOver`,
      t.conscriptionHandedOver,
      totals.handedOver,
      totals.quota,
      u.person,
      values,
      handover,
    ),
    rateFigure(
      `${prefix}.quotaRate`,
      t.conscriptionRate,
      percentOf(totals.handedOver, totals.quota, 1),
      values,
      overview,
      1,
    ),
    ratioFigure(
      `${prefix}.army`,
      t.conscriptionArmy,
      totals.handedOverArmy,
      totals.quotaArmy,
      u.person,
      values,
      handover,
    ),
  ];
  if (totals.quotaPolice + totals.handedOverPolice > 0)
    figures.push(
      ratioFigure(
        `${prefix}.police`,
        t.conscriptionPolice,
        totals.handedOverPolice,
        totals.quotaPolice,
        u.person,
        values,
        handover,
      ),
    );
  const examined = data.health.examined;
  const passed = data.health.classes
    .filter((c) => CALLABLE_HEALTH_CLASSES.includes(c.healthClass))
    .reduce((sum, c) => sum + c.examined, 0);
  const health = { ...values, examined, passed };
  figures.push(countFigure(`${prefix}.examined`, t.conscriptionExamined, examined, u.person, health, citizens));
  figures.push(
    rateFigure(`${prefix}.passRate`, t.conscriptionPassRate, percentOf(passed, examined, 1), health, citizens, 1),
  );
  for (const c of data.health.classes.filter((k) => k.examined > 0)) {
    const share = percentOf(c.examined, examined, 1);
    const figure = countFigure(
      `${prefix}.class.${c.healthClass}`,
      t.conscriptionClass,
      c.examined,
      u.person,
      { ...health, class: c.healthClass },
      citizens,
    );
    figures.push({ ...figure, display: `${countText(c.examined)} ${u.person} (${rateDisplay(share, 1)})` });
  }
  figures.push(
    countFigure(`${prefix}.deferred`, t.conscriptionDeferred, data.deferred.total, u.person, values, citizens),
    ...data.deferred.points.map((p) => pointFigure(`${prefix}.deferred`, 'deferral', p, values, citizens)),
    countFigure(`${prefix}.exempted`, t.conscriptionExempted, data.exempted.total, u.person, values, citizens),
    ...data.exempted.points.map((p) => pointFigure(`${prefix}.exempted`, 'exemption', p, values, citizens)),
  );
  return {
    key: 'conscription',
    label: fill(vi.reviews.groups.conscription, { year }),
    figures,
    handoverDates: values.date,
  };
}

function pointFigure(
  prefix: string,
  kind: 'deferral' | 'exemption',
  p: PointCount,
  values: Record<string, string | number>,
  link: string,
): ReviewFigure {
  const t = vi.reviews.figures;
  const code = p.point ?? 'none';
  const point = p.point === null ? t.pointUnrecorded : pointLetter(p.point);
  let text: string = t.pointUnrecorded;
  if (p.point !== null && kind === 'deferral' && isDeferralPoint(p.point)) text = deferralPointLabel(p.point);
  if (p.point !== null && kind === 'exemption' && isExemptionPoint(p.point)) text = exemptionPointLabel(p.point);
  const labels = kind === 'deferral' ? t.conscriptionDeferredPoint : t.conscriptionExemptedPoint;
  return countFigure(`${prefix}.${code}`, labels, p.count, vi.reviews.units.person, { ...values, point, text }, link);
}
