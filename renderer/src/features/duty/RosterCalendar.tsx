import { Typography } from 'antd';
import type { DutyShift } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { dayOf, monthGrid, timeOf } from './duty-time';

interface Props {
  year: number;
  month: number;
  shifts: readonly DutyShift[];
  /** Days whose roster lacks a commander: outlined. */
  warningDays: ReadonlySet<string>;
  onOpenDay(day: string): void;
}

const t = vi.duty;

/** The month as a Monday-first grid; each day lists the shifts starting on it. */
export function RosterCalendar({ year, month, shifts, warningDays, onOpenDay }: Props) {
  const byDay = new Map<string, DutyShift[]>();
  for (const s of shifts) byDay.set(dayOf(s.startsAt), [...(byDay.get(dayOf(s.startsAt)) ?? []), s]);
  const cells = monthGrid(year, month);
  return (
    <table className="duty-roster" aria-label={t.rosterTitle}>
      <thead>
        <tr>
          {t.weekdays.map((name) => (
            <th key={name}>{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: cells.length / 7 }, (_, week) => (
          <tr key={week}>
            {cells.slice(week * 7, week * 7 + 7).map((day, i) =>
              day === null ? (
                <td key={`blank-${i}`} className="duty-roster-blank" />
              ) : (
                <td
                  key={day}
                  className={warningDays.has(day) ? 'duty-roster-day duty-roster-warning' : 'duty-roster-day'}
                >
                  <button
                    type="button"
                    className="duty-roster-open"
                    aria-label={`${t.date} ${displayDate(day)}`}
                    onClick={() => onOpenDay(day)}
                  >
                    <Typography.Text strong>{Number(day.slice(8, 10))}</Typography.Text>
                    {(byDay.get(day) ?? []).map((s) => (
                      <div key={s.id} className="duty-roster-shift">
                        <span className={`duty-role-${s.role}`}>{t.roleShort[s.role]}</span> {s.personName}{' '}
                        <span className="duty-roster-time">
                          {timeOf(s.startsAt)}–{timeOf(s.endsAt)}
                        </span>
                      </div>
                    ))}
                  </button>
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
