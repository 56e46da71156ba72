import type { ApiContext } from '../kernel/context';
import { countAndPage, type PageQuery } from '../db/paging';
import { whereClause } from '../db/where';
import { format, vi } from '../messages/vi';
import { listMembers } from '../militia';
import { listReservists } from '../reserves';
import { addDays, formatDisplayDate, type IsoDate } from '../shared/dates';
import { joinFullName } from '../shared/vietnamese-text';
import { MIN_NOTICE_DAYS } from '../conscription';
import type { OverviewAlert } from './public-types';

/** How many records each alert names; the link opens the rest. */
export const ALERT_ITEMS = 5;

const t = () => vi.overview.alertDetail;

/** An alert from the first rows of its list: the count, each row named with its detail line, the list's address. */
function alertOf<R extends { id: string }>(
  kind: OverviewAlert['kind'],
  page: { rows: R[]; total: number },
  link: string,
  item: (row: R) => { name: string; detail: string },
): OverviewAlert {
  return { kind, count: page.total, items: page.rows.map((r) => ({ id: r.id, ...item(r) })), link };
}

/** The first rows of a list by its own SQL, and how many there are. */
const firstRows = <R>(ctx: ApiContext, q: Omit<PageQuery, 'limit' | 'offset'>) =>
  countAndPage<R>(ctx.db, { ...q, limit: ALERT_ITEMS, offset: 0 });

/** Militia terms over or ending within 90 days: the members list's own "term ending soon" filter. */
function militiaTermEnding(ctx: ApiContext): OverviewAlert {
  const page = listMembers(ctx, {
    page: 1,
    pageSize: ALERT_ITEMS,
    search: '',
    termEndingSoon: true,
    status: 'active',
  });
  return alertOf('militiaTermEnding', page, '#/dan-quan-tu-ve/danh-sach', (m) => ({
    name: m.fullName,
    detail: format(t().militiaTermEnding, {
      unit: m.unitName,
      place: m.placeName,
      date: formatDisplayDate(m.extendedUntil ?? m.termEndsOn),
    }),
  }));
}

/** Reservists past the age limit of their category: the reservists list's own filter. */
function reservistPastAge(ctx: ApiContext): OverviewAlert {
  const page = listReservists(ctx, { page: 1, pageSize: ALERT_ITEMS, search: '', removed: false, pastAgeLimit: true });
  return alertOf('reservistPastAge', page, '#/quan-nhan-du-bi/danh-sach', (r) => ({
    name: r.fullName,
    detail: format(t().reservistPastAge, {
      category: vi.reserves.categories[r.category],
      birthDate: formatDisplayDate(r.birthDate),
      age: r.age,
    }),
  }));
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
  const page = firstRows<{
    id: string;
    campaignId: string;
    orderNumber: number | null;
    reportOn: string;
    familyName: string;
    middleName: string;
    givenName: string;
  }>(ctx, {
    countFrom: UNDELIVERED,
    select: `SELECT r.id, r.campaign_id AS campaignId, r.order_number AS orderNumber,
       COALESCE(r.report_date, c.handover_start) AS reportOn,
       p.family_name AS familyName, p.middle_name AS middleName, p.given_name AS givenName
     FROM ${UNDELIVERED} JOIN people p ON p.id = r.person_id`,
    where: whereClause([[UNDELIVERED_WHERE, { cutoff: addDays(today, MIN_NOTICE_DAYS) }]]),
    orderBy: 'reportOn, r.order_number, p.sort_given, p.sort_middle, p.sort_family',
  });
  const first = page.rows[0];
  return alertOf(
    'orderUndelivered',
    page,
    first ? `#/tuyen-quan/${first.campaignId}/cong-dan` : '#/tuyen-quan',
    (r) => ({
      name: joinFullName(r),
      detail: format(t().orderUndelivered, { number: r.orderNumber ?? '', date: formatDisplayDate(r.reportOn) }),
    }),
  );
}

// Planned (or being prepared) with its last planned day before today: held without its result
// recorded, or not held at all. Either way the plan and the report are wrong until it is settled.
const OVERDUE = `status IN ('planned', 'preparing') AND COALESCE(planned_until, planned_on) < @today`;

function exerciseOverdue(ctx: ApiContext, today: IsoDate): OverviewAlert {
  const page = firstRows<{ id: string; title: string; until: string }>(ctx, {
    countFrom: 'exercises',
    select: 'SELECT id, title, COALESCE(planned_until, planned_on) AS until FROM exercises',
    where: whereClause([[OVERDUE, { today }]]),
    orderBy: 'until, id',
  });
  return alertOf('exerciseOverdue', page, '#/dien-tap-huan-luyen/dien-tap', (e) => ({
    name: e.title,
    detail: format(t().exerciseOverdue, { date: formatDisplayDate(e.until) }),
  }));
}

/** What needs the office's attention today, each with its count, first records and list. */
export function overviewAlerts(ctx: ApiContext, today: IsoDate): OverviewAlert[] {
  return [militiaTermEnding(ctx), reservistPastAge(ctx), orderUndelivered(ctx, today), exerciseOverdue(ctx, today)];
}
