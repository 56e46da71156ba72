import { listCampaigns } from '../conscription/campaigns/service';
import { recordListInput } from '../conscription/records/schema';
import { listRecords } from '../conscription/records/service';
import type { ApiContext } from '../kernel/context';
import { memberListInput } from '../militia/schema';
import { listMembers } from '../militia/members-service';
import { personListInput } from '../people/schema';
import { listPeople } from '../people/service';
import { noticeCreateInput } from '../police-notices/schema';
import { createNotice } from '../police-notices/service';
import { reservistListInput } from '../reserves/schema';
import { listReservists } from '../reserves/service';
import { addDays, type IsoDate } from '../shared/dates';

/** The police's duty starts with Decree 220/2025/NĐ-CP (07/08/2025): the first quarter it covers is Q3/2025. */
const FIRST = { year: 2025, quarter: 3 };

function quarterAfter({ year, quarter }: { year: number; quarter: number }) {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}

/** The first day of the quarter after (year, quarter): the police's notice comes a few days later. */
const nextQuarterStart = (q: { year: number; quarter: number }): IsoDate => {
  const next = quarterAfter(q);
  return `${next.year}-${String(next.quarter * 3 - 2).padStart(2, '0')}-01`;
};

/**
 * The commune police's quarterly notices since Q3/2025 (Decree 220/2025/NĐ-CP), each received on
 * the 5th day after its quarter ends. The latest ended quarter has none yet, so the overview shows
 * it missing. Lines point at demo people: a conscript of the open campaign, a militiaman and a
 * reservist moved away (the notice flags them), a detention, and a newcomer not in the register.
 */
export function seedPoliceNotices(ctx: ApiContext, today: IsoDate): Record<string, number> {
  const ended: { year: number; quarter: number }[] = [];
  for (let q = FIRST; nextQuarterStart(q) <= today; q = quarterAfter(q)) ended.push(q);
  const received = ended.slice(0, -1);
  const open = listCampaigns(ctx).find((c) => c.status === 'open');
  const conscript = open && listRecords(ctx, recordListInput.parse({ campaignId: open.id, pageSize: 1 })).rows[0];
  const militiaman = listMembers(ctx, memberListInput.parse({ pageSize: 1 })).rows[0];
  const reservist = listReservists(ctx, reservistListInput.parse({ pageSize: 1 })).rows[0];
  // Young men for the detentions (those the office's registers concern).
  const year = Number(today.slice(0, 4));
  const others = listPeople(
    ctx,
    personListInput.parse({ sex: 'M', birthYearFrom: year - 30, birthYearTo: year - 19, sort: 'name', pageSize: 6 }),
  ).rows;
  const ids = [conscript?.personId, militiaman?.personId, reservist?.personId].filter((id): id is string => !!id);

  let lines = 0;
  received.forEach((q, index) => {
    const receivedOn = addDays(nextQuarterStart(q), 4);
    const eventOn = addDays(nextQuarterStart(q), -20);
    const detained = others[index % others.length];
    const noticeLines = [
      ...(detained ? [{ personId: detained.id, kind: 'detention', eventOn, note: 'Tạm giữ hành chính 03 ngày' }] : []),
      // The latest notice brings the moves that touch the office's registers.
      ...(index === received.length - 1
        ? ids.map((personId) => ({ personId, kind: 'moved_away', eventOn, note: 'Chuyển hộ khẩu đi tỉnh khác' }))
        : []),
      ...(index % 2 === 0
        ? [
            {
              fullName: 'Đặng Văn Lực',
              birthDate: '2007-05-12',
              idNumber: '019207004512',
              kind: 'moved_in',
              eventOn,
              note: 'Chuyển đến từ xã Tân Cương',
            },
          ]
        : []),
    ];
    lines += noticeLines.length;
    createNotice(
      ctx,
      noticeCreateInput.parse({
        year: q.year,
        quarter: q.quarter,
        receivedOn,
        sender: 'Công an phường Đức Xuân',
        reference: `${String(index + 1).padStart(2, '0')}/TB-CAP`,
        lines: noticeLines,
      }),
    );
  });
  return { policeNotices: received.length, policeNoticeLines: lines };
}
