import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { campaignDashboard } from '../conscription';
import { exerciseFigures } from '../exercises';
import { militiaSummary } from '../militia';
import { reservesSummary } from '../reserves';
import type { IsoDate } from '../shared/dates';
import { trainingFigures } from '../training';
import type { Overview, OverviewCampaign } from './public-types';

/** The people register and the localities in use on `today`, counted in one pass each. */
export function peopleFigures(ctx: ApiContext, today: IsoDate): Overview['people'] {
  const people = statement(
    ctx.db,
    `SELECT COUNT(*) AS total, COALESCE(SUM(sex = 'M'), 0) AS male, COALESCE(SUM(sex = 'F'), 0) AS female
       FROM people WHERE archived_at IS NULL`,
  ).get() as { total: number; male: number; female: number };
  const localities = statement(
    ctx.db,
    `SELECT COUNT(*) AS n FROM localities WHERE retired_on IS NULL OR retired_on > ?`,
  ).get(today) as { n: number };
  return { ...people, localities: localities.n };
}

/**
 * The campaign whose handover falls in `year`, then next year's if it is open (in
 * autumn the office is already preparing the February handover). Each is the
 * campaign dashboard's figures, army and police summed.
 */
export function campaignFigures(ctx: ApiContext, year: number): OverviewCampaign[] {
  const rows = statement(
    ctx.db,
    `SELECT id, year, title, status, handover_start AS handoverStart FROM conscription_campaigns
      WHERE year = @year OR (year = @year + 1 AND status = 'open') ORDER BY year`,
  ).all({ year }) as Array<Pick<OverviewCampaign, 'year' | 'title' | 'status' | 'handoverStart'> & { id: string }>;
  return rows.map(({ id, ...c }) => {
    const dashboard = campaignDashboard(ctx, id);
    const t = dashboard.totals;
    return {
      campaignId: id,
      ...c,
      totals: {
        quota: t.quotaArmy + t.quotaPolice,
        officialList: t.officialList,
        ordered: t.ordered,
        handedOver: t.handedOverArmy + t.handedOverPolice,
        handedOverArmy: t.handedOverArmy,
        handedOverPolice: t.handedOverPolice,
      },
      localities: dashboard.localities.map((l) => ({
        localityId: l.localityId,
        localityName: l.localityName,
        quota: l.quotaArmy + l.quotaPolice,
        officialList: l.officialList,
        ordered: l.ordered,
        handedOver: l.handedOverArmy + l.handedOverPolice,
      })),
    };
  });
}

/** Exercises and training of the whole year, as the report's own functions count them. */
export function drillsFigures(ctx: ApiContext, year: number): Pick<Overview, 'exercises' | 'training'> {
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const e = exerciseFigures(ctx, range);
  const t = trainingFigures(ctx, range);
  return {
    exercises: {
      planned: e.planned,
      done: e.done,
      cancelled: e.cancelled,
      byType: e.byType
        .filter((x) => x.planned > 0 || x.done > 0)
        .map(({ name, planned, done }) => ({ name, planned, done })),
    },
    training: {
      courses: t.courses,
      participants: t.participants,
      attendanceRate: t.attendanceRate,
      goodOrBetterRate: t.goodOrBetterRate,
      perCourse: t.perCourse.map(({ courseId, title, attendanceRate }) => ({ courseId, title, attendanceRate })),
    },
  };
}

/** The militia and reserve strength on `asOf`, from the forces' own summaries. */
export function forcesFigures(ctx: ApiContext, asOf: IsoDate): Pick<Overview, 'militia' | 'reserves'> {
  const m = militiaSummary(ctx, { asOf });
  const r = reservesSummary(ctx, { asOf }).totals;
  return {
    militia: {
      members: m.totals.members,
      population: m.totals.population,
      share: m.totals.share,
      partyShare: m.totals.partyShare,
      perLocality: m.localities.map((l) => ({
        localityId: l.localityId,
        localityName: l.localityName,
        members: l.members,
        share: l.share,
      })),
    },
    reserves: {
      reservists: r.reservists,
      officers: r.officers,
      professionals: r.professionals,
      soldiers: r.soldiers,
      grade1: r.grade1,
      grade2: r.grade2,
      assigned: r.assigned,
      assignmentRate: r.assignmentRate,
      specialtyMatchRate: r.specialtyMatchRate,
    },
  };
}
