import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { format, vi } from '../messages/vi';
import { listMembers } from '../militia';
import { listReservists } from '../reserves';
import { addDays, formatDisplayDate, type IsoDate } from '../shared/dates';
import { MIN_NOTICE_DAYS } from '../conscription';
import type { OverviewAlert } from './public-types';

/** How many records each alert names; the link opens the rest. */
export const ALERT_ITEMS = 5;

const t = () => vi.overview.alertDetail;

/** Militia terms over or ending within 90 days: the members list's own "term ending soon" filter. */
function militiaTermEnding(ctx: ApiContext): OverviewAlert {
  const page = listMembers(ctx, {
    page: 1,
    pageSize: ALERT_ITEMS,
    search: '',
    termEndingSoon: true,
    status: 'active',
  });
  return {
    kind: 'militiaTermEnding',
    count: page.total,
    items: page.rows.map((m) => ({
      id: m.id,
      name: m.fullName,
      detail: format(t().militiaTermEnding, {
        unit: m.unitName,
        place: m.placeName,
        date: formatDisplayDate(m.extendedUntil ?? m.termEndsOn),
      }),
    })),
    link: '#/dan-quan-tu-ve/danh-sach',
  };
}

/** Reservists past the age limit of their category: the reservists list's own filter. */
function reservistPastAge(ctx: ApiContext): OverviewAlert {
  const page = listReservists(ctx, { page: 1, pageSize: ALERT_ITEMS, search: '', removed: false, pastAgeLimit: true });
  return {
    kind: 'reservistPastAge',
    count: page.total,
    items: page.rows.map((r) => ({
      id: r.id,
      name: r.fullName,
      detail: format(t().reservistPastAge, {
        category: vi.reserves.categories[r.category],
        birthDate: formatDisplayDate(r.birthDate),
        age: r.age,
      }),
    })),
    link: '#/quan-nhan-du-bi/danh-sach',
  };
}

// Luật NVQS (MIN_NOTICE_DAYS in conscription/rules.ts): the order reaches the citizen at least 15 days
// before the handover. An order not recorded as delivered when its report day (the handover by
// default) is that close, or past, in a campaign still open, needs chasing. CROSS JOIN keeps the campaigns as the outer loop, so the
// (campaign, state) index finds the orders instead of a scan of every record.
const UNDELIVERED = `conscription_campaigns c
  CROSS JOIN conscription_records r ON r.campaign_id = c.id AND r.state = 'call_up_ordered'`;
const UNDELIVERED_WHERE = `c.status = 'open' AND r.order_delivered_on IS NULL
  AND COALESCE(r.report_date, c.handover_start) <= @cutoff`;

function orderUndelivered(ctx: ApiContext, today: IsoDate): OverviewAlert {
  const params = { cutoff: addDays(today, MIN_NOTICE_DAYS) };
  const count = (
    statement(ctx.db, `SELECT COUNT(*) AS n FROM ${UNDELIVERED} WHERE ${UNDELIVERED_WHERE}`).get(params) as {
      n: number;
    }
  ).n;
  const rows = statement(
    ctx.db,
    `SELECT r.id, r.campaign_id AS campaignId, r.order_number AS orderNumber,
       COALESCE(r.report_date, c.handover_start) AS reportOn,
       p.family_name AS familyName, p.middle_name AS middleName, p.given_name AS givenName
     FROM ${UNDELIVERED} JOIN people p ON p.id = r.person_id WHERE ${UNDELIVERED_WHERE}
     ORDER BY reportOn, r.order_number, p.sort_given, p.sort_middle, p.sort_family LIMIT @limit`,
  ).all({ ...params, limit: ALERT_ITEMS }) as Array<{
    id: string;
    campaignId: string;
    orderNumber: number | null;
    reportOn: string;
    familyName: string;
    middleName: string;
    givenName: string;
  }>;
  return {
    kind: 'orderUndelivered',
    count,
    items: rows.map((r) => ({
      id: r.id,
      name: [r.familyName, r.middleName, r.givenName].filter(Boolean).join(' '),
      detail: format(t().orderUndelivered, { number: r.orderNumber ?? '', date: formatDisplayDate(r.reportOn) }),
    })),
    link: rows[0] ? `#/tuyen-quan/${rows[0].campaignId}/cong-dan` : '#/tuyen-quan',
  };
}

// Planned (or being prepared) with its last planned day before today: held without its result
// recorded, or not held at all. Either way the plan and the report are wrong until it is settled.
const OVERDUE = `FROM exercises WHERE status IN ('planned', 'preparing') AND COALESCE(planned_until, planned_on) < @today`;

function exerciseOverdue(ctx: ApiContext, today: IsoDate): OverviewAlert {
  const count = (statement(ctx.db, `SELECT COUNT(*) AS n ${OVERDUE}`).get({ today }) as { n: number }).n;
  const rows = statement(
    ctx.db,
    `SELECT id, title, COALESCE(planned_until, planned_on) AS until ${OVERDUE} ORDER BY until, id LIMIT @limit`,
  ).all({ today, limit: ALERT_ITEMS }) as Array<{ id: string; title: string; until: string }>;
  return {
    kind: 'exerciseOverdue',
    count,
    items: rows.map((e) => ({
      id: e.id,
      name: e.title,
      detail: format(t().exerciseOverdue, { date: formatDisplayDate(e.until) }),
    })),
    link: '#/dien-tap-huan-luyen/dien-tap',
  };
}

/** What needs the office's attention today, each with its count, first records and list. */
export function overviewAlerts(ctx: ApiContext, today: IsoDate): OverviewAlert[] {
  return [militiaTermEnding(ctx), reservistPastAge(ctx), orderUndelivered(ctx, today), exerciseOverdue(ctx, today)];
}
