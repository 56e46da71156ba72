import type { ApiContext } from '../../kernel/context';
import { getCampaign } from '../campaigns/service';
import type { Campaign } from '../campaigns/schema';
import { DEFERRAL_POINTS, EXEMPTION_POINTS } from '../points';
import { campaignDashboard, type LocalityProgress } from '../records/year-service';
import { HEALTH_CLASSES } from '../states';
import { summarizeEducation, type EducationSummary } from './education';
import * as repo from './repository';

export interface HealthClassCount {
  healthClass: number;
  examined: number;
  handedOver: number;
}

export interface PointCount {
  /** Stored point code ('a' … 'h', 'dd' for đ); null when none was recorded. */
  point: string | null;
  count: number;
}

export interface ReportTotals {
  quotaArmy: number;
  quotaPolice: number;
  quota: number;
  handedOverArmy: number;
  handedOverPolice: number;
  handedOver: number;
}

/** Everything the campaign's result report (báo cáo kết quả tuyển quân) prints. */
export interface CampaignReportData {
  campaign: Campaign;
  /** Per ward/commune with a quota or a handover, in Vietnamese name order. */
  localities: LocalityProgress[];
  totals: ReportTotals;
  health: {
    /** Classes 1–6, each present (zeros included). */
    classes: HealthClassCount[];
    examined: number;
    /** Handed over with no class recorded: shown so the table adds up. */
    handedOverUnclassed: number;
  };
  /** Education of those handed over. */
  education: EducationSummary;
  deferred: { points: PointCount[]; total: number };
  exempted: { points: PointCount[]; total: number };
  /** Records in the campaign, whatever their state. */
  recordCount: number;
}

/** Non-zero counts in the law's order of points, an unrecorded point last. */
function byPoint(rows: readonly repo.DecisionRow[], order: readonly string[]): { points: PointCount[]; total: number } {
  const rank = (point: string | null) => (point === null ? order.length + 1 : order.indexOf(point) + 1 || order.length);
  const points = rows
    .map((r) => ({ point: r.legalPoint, count: r.count }))
    .filter((p) => p.count > 0)
    .sort((a, b) => rank(a.point) - rank(b.point));
  return { points, total: points.reduce((sum, p) => sum + p.count, 0) };
}

/**
 * Gathers the result report's figures for one campaign: quota against the handover per locality
 * (the dashboard's figures), health classes of those examined and handed over, the education of
 * those handed over, and those deferred or exempted by legal point. Reads only; call it inside
 * the transaction that numbers the report so that the figures and the number agree.
 */
export function campaignReportData(ctx: ApiContext, campaignId: string): CampaignReportData {
  const campaign = getCampaign(ctx, campaignId);
  const dashboard = campaignDashboard(ctx, campaignId);
  const localities = dashboard.localities.filter(
    (l) => l.quotaArmy + l.quotaPolice + l.handedOverArmy + l.handedOverPolice > 0,
  );
  const { quotaArmy, quotaPolice, handedOverArmy, handedOverPolice } = dashboard.totals;

  const healthRows = repo.healthClassCounts(ctx.db, campaignId);
  const classes = HEALTH_CLASSES.map((healthClass) => {
    const row = healthRows.find((r) => r.healthClass === healthClass);
    return { healthClass, examined: row?.examined ?? 0, handedOver: row?.handedOver ?? 0 };
  });
  const decisions = repo.decisionCounts(ctx.db, campaignId);
  return {
    campaign,
    localities,
    totals: {
      quotaArmy,
      quotaPolice,
      quota: quotaArmy + quotaPolice,
      handedOverArmy,
      handedOverPolice,
      handedOver: handedOverArmy + handedOverPolice,
    },
    health: {
      classes,
      examined: classes.reduce((sum, c) => sum + c.examined, 0),
      handedOverUnclassed: healthRows.find((r) => r.healthClass === null)?.handedOver ?? 0,
    },
    education: summarizeEducation(repo.handedOverEducation(ctx.db, campaignId)),
    deferred: byPoint(
      decisions.filter((d) => d.state === 'deferred'),
      DEFERRAL_POINTS,
    ),
    exempted: byPoint(
      decisions.filter((d) => d.state === 'exempted'),
      EXEMPTION_POINTS,
    ),
    recordCount: Object.values(dashboard.states).reduce((sum, n) => sum + n, 0),
  };
}
