import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { getPerson } from '../people';
import { addDays, daysInMonth, toIsoDate, type IsoDate } from '../shared/dates';
import { dateOf, daySpan } from './local-time';
import { checkDayCommander, checkShiftOverlap, checkShiftSpan } from './rules';
import type { DutyDayWarning, DutyPeriod, DutyShift, DutyShiftList, ShiftFields, ShiftUpdateInput } from './schema';
import { dutyRecordService } from './record-service';
import * as repo from './shifts-repository';

/** The first and last day of a period. */
export function periodDays(period: DutyPeriod): { from: IsoDate; to: IsoDate } {
  if ('day' in period) return { from: period.day, to: period.day };
  return {
    from: toIsoDate(period.year, period.month, 1),
    to: toIsoDate(period.year, period.month, daysInMonth(period.year, period.month)),
  };
}

/**
 * The shifts overlapping the period (a night shift from the month's last day
 * shows in that month and the next), and a warning for each day in the period
 * whose roster (the shifts starting that day) has no commander.
 */
export function listShifts(ctx: ApiContext, period: DutyPeriod): DutyShiftList {
  const { from, to } = periodDays(period);
  const { start, end } = daySpan(from, to);
  const shifts = repo.listShifts(ctx.db, start, end);
  const rolesByDay = new Map<IsoDate, DutyShift['role'][]>();
  for (const s of shifts) {
    const day = dateOf(s.startsAt);
    if (day < from || day > to) continue;
    rolesByDay.set(day, [...(rolesByDay.get(day) ?? []), s.role]);
  }
  const warnings: DutyDayWarning[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const rule = checkDayCommander(day, rolesByDay.get(day) ?? []);
    if (!rule.ok) warnings.push({ day, code: rule.code, message: rule.message });
  }
  return { shifts, warnings };
}

function checkShift(ctx: ApiContext, f: ShiftFields, excludeId: string | null): void {
  const span = checkShiftSpan(f);
  if (!span.ok) throw ApiError.fields({ endsAt: span.message }, span.code, span.message);
  const person = getPerson(ctx, f.personId);
  if (person.archivedAt) {
    const error = ApiError.of('DUTY_PERSON_ARCHIVED');
    throw ApiError.fields({ personId: error.message }, error.code, error.message);
  }
  const others = repo.personShiftsOverlapping(ctx.db, f.personId, f.startsAt, f.endsAt, excludeId);
  const overlap = checkShiftOverlap(f, others);
  if (!overlap.ok) throw ApiError.fields({ startsAt: overlap.message }, overlap.code, overlap.message);
}

const shifts = dutyRecordService<ShiftFields, DutyShift>({
  entity: 'duty_shift',
  find: repo.findShift,
  insert: repo.insertShift,
  update: repo.updateShift,
  remove: repo.deleteShift,
  check: checkShift,
});

export const getShift = shifts.get;
export const createShift: (ctx: ApiContext, input: ShiftFields) => DutyShift = shifts.create;
export const updateShift: (ctx: ApiContext, input: ShiftUpdateInput) => DutyShift = shifts.update;
export const deleteShift = shifts.remove;
