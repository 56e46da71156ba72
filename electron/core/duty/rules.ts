import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import { formatLocalDateTime, minutesOf, type LocalDateTime } from './local-time';
import type { DutyRole } from './schema';

/**
 * The longest shift: a full day (the "trực cả ngày" 07:30 to 07:30 next day).
 * Readiness duty runs in day, night and 24-hour shifts (the office's rota; no
 * article fixes their lengths), so a longer stretch is a typing mistake, not a shift.
 */
export const MAX_SHIFT_HOURS = 24;

export interface ShiftSpan {
  startsAt: LocalDateTime;
  endsAt: LocalDateTime;
}

// A shift runs forward in time, for at most a full day (MAX_SHIFT_HOURS).
export function checkShiftSpan(shift: ShiftSpan): RuleResult {
  const minutes = minutesOf(shift.endsAt) - minutesOf(shift.startsAt);
  if (minutes <= 0) return fail('RULE_DUTY_SPAN', vi.errors.RULE_DUTY_SPAN);
  if (minutes > MAX_SHIFT_HOURS * 60)
    return fail('RULE_DUTY_TOO_LONG', format(vi.errors.RULE_DUTY_TOO_LONG, { hours: MAX_SHIFT_HOURS }));
  return PASS;
}

/**
 * One person holds one post at a time: a second shift that overlaps one they
 * already have is refused, naming that shift. Shifts that only touch (one ends
 * 07:30, the next starts 07:30) hand over and are allowed.
 */
export function checkShiftOverlap(shift: ShiftSpan, personsOtherShifts: readonly ShiftSpan[]): RuleResult {
  const clash = personsOtherShifts.find((o) => o.startsAt < shift.endsAt && shift.startsAt < o.endsAt);
  if (!clash) return PASS;
  return fail(
    'RULE_DUTY_OVERLAP',
    format(vi.errors.RULE_DUTY_OVERLAP, {
      from: formatLocalDateTime(clash.startsAt),
      to: formatLocalDateTime(clash.endsAt),
    }),
  );
}

// Every day on duty has a duty commander (chỉ huy trực) in charge; a day's roster is
// the shifts starting that day. A warning: the clerk may still be filling the day in.
export function checkDayCommander(day: IsoDate, roles: readonly DutyRole[]): RuleResult {
  if (roles.length === 0 || roles.includes('commander')) return PASS;
  return fail(
    'RULE_DUTY_NO_COMMANDER',
    format(vi.errors.RULE_DUTY_NO_COMMANDER, { day: formatDisplayDate(day) }),
    'warning',
  );
}
