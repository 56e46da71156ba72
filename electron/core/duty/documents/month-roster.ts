import { fill } from '../../../../vocabulary/text';
import type { TableContent, ContentRow } from '../../docs/table-content';
import { addDays, daysInMonth, toIsoDate, type IsoDate } from '../../shared/dates';
import type { DutyRole, ShiftRow } from './data';
import { dutyColumns, dutyText } from './text';

const pad = (n: number) => String(n).padStart(2, '0');

/** "Thứ Hai" … "Chủ nhật" for an ISO date (the calendar day, whatever the time zone). */
export function weekdayOf(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dutyText.weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** "07:00 – 07:00 (hôm sau)": a shift's hours, with the day it ends when not the day it starts. */
function shiftTime(shift: Pick<ShiftRow, 'startsAt' | 'endsAt'>): string {
  const startDay = shift.startsAt.slice(0, 10);
  const endDay = shift.endsAt.slice(0, 10);
  const suffix =
    endDay === startDay
      ? ''
      : endDay === addDays(startDay, 1)
        ? dutyText.nextDay
        : fill(dutyText.untilDate, { date: `${endDay.slice(8, 10)}/${endDay.slice(5, 7)}` });
  return `${shift.startsAt.slice(11, 16)} – ${shift.endsAt.slice(11, 16)}${suffix}`;
}

function namesIn(shifts: readonly ShiftRow[], role: DutyRole): string {
  return shifts
    .filter((s) => s.role === role)
    .map((s) => s.fullName)
    .join('\n');
}

/**
 * LỊCH TRỰC SẴN SÀNG CHIẾN ĐẤU tháng MM/YYYY: one row per day of the month (dd/mm and the weekday)
 * with the hours of the shifts starting that day, the commander, the duty officers and the members.
 * A day without a shift keeps its row, empty, for the officer to fill in.
 */
export function dutyRosterContent(input: { year: number; month: number; shifts: readonly ShiftRow[] }): {
  content: TableContent;
  people: number;
} {
  const { year, month, shifts } = input;
  const rows: ContentRow[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = toIsoDate(year, month, day);
    const ofDay = shifts.filter((s) => s.startsAt.slice(0, 10) === date);
    const times = [...new Set(ofDay.map(shiftTime))];
    rows.push({
      kind: 'cells',
      cells: [
        `${pad(day)}/${pad(month)}`,
        weekdayOf(date),
        times.join('\n'),
        namesIn(ofDay, 'commander'),
        namesIn(ofDay, 'duty_officer'),
        namesIn(ofDay, 'member'),
      ],
    });
  }
  const values = { month: pad(month), year };
  return {
    people: new Set(shifts.map((s) => s.personId)).size,
    content: {
      title: fill(dutyText.rosterTitle, values),
      notes: [],
      sheetName: fill(dutyText.rosterSheet, values),
      table: {
        columns: [
          { header: dutyColumns.date, weight: 16, align: 'center' },
          { header: dutyColumns.weekday, weight: 22, align: 'center' },
          { header: dutyColumns.time, weight: 52, align: 'center' },
          { header: dutyColumns.commander, weight: 45 },
          { header: dutyColumns.dutyOfficer, weight: 45 },
          { header: dutyColumns.members, weight: 67 },
        ],
        rows,
      },
    },
  };
}
