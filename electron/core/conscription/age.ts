import { addDays, daysBetween, daysInMonth, type IsoDate, parseIsoDate, toIsoDate } from '../shared/dates';
import { format, vi } from '../messages/vi';

/**
 * Exact ages for the call-up rules, on the same convention as `ageOn`: one
 * reaches a new age on the birthday itself, and a 29 Feb birthday falls on
 * 1 Mar in common years (the day after 28 Feb, when a full year is complete).
 */

function mustParse(value: IsoDate) {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new RangeError(`Not an ISO date: ${value}`);
  return parsed;
}

/** `months` months after the birth date; a day the month lacks (31 Apr, 29 Feb) rolls to the 1st of the next month. */
function monthAnniversary(birthDate: IsoDate, months: number): IsoDate {
  const b = mustParse(birthDate);
  const index = b.month - 1 + months;
  const year = b.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  return b.day <= last ? toIsoDate(year, month, b.day) : addDays(toIsoDate(year, month, last), 1);
}

/** The day one reaches `years` full years (agrees with `ageOn`). */
export function birthdayAt(birthDate: IsoDate, years: number): IsoDate {
  return monthAnniversary(birthDate, years * 12);
}

export interface AgeBreakdown {
  years: number;
  months: number;
  days: number;
}

/** Completed years, then months, then days on `on`; `years` always equals `ageOn`. `on` must not be before the birth date. */
export function ageBreakdown(birthDate: IsoDate, on: IsoDate): AgeBreakdown {
  const b = mustParse(birthDate);
  const d = mustParse(on);
  if (on < birthDate) throw new RangeError(`${on} is before the birth date ${birthDate}`);
  const months = (d.year - b.year) * 12 + (d.month - b.month) - (d.day < b.day ? 1 : 0);
  const days = daysBetween(monthAnniversary(birthDate, months), on);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

/** "17 tuổi 11 tháng 27 ngày"; zero months or days are left out ("26 tuổi", "25 tuổi 3 ngày"). */
export function formatAge(age: AgeBreakdown): string {
  const parts = [format(vi.conscription.age.years, { years: age.years })];
  if (age.months > 0) parts.push(format(vi.conscription.age.months, { months: age.months }));
  if (age.days > 0) parts.push(format(vi.conscription.age.days, { days: age.days }));
  return parts.join(' ');
}
