import { citeRule, legalRule } from '../law';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, toIsoDate, daysInMonth, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';

/** The register's rule: the commune police's quarterly notice (Decree 13/2016/NĐ-CP as amended by Decree 220/2025/NĐ-CP). */
export const NOTICE_RULE = 'registration.police-quarterly-notice';

/** The day the police's duty begins: the first version of the rule (Decree 220/2025/NĐ-CP in force). */
export function dutyStartsOn(): IsoDate {
  return legalRule(NOTICE_RULE).versions[0]!.from;
}

export function quarterStart(year: number, quarter: number): IsoDate {
  return toIsoDate(year, quarter * 3 - 2, 1);
}

export function quarterEnd(year: number, quarter: number): IsoDate {
  return toIsoDate(year, quarter * 3, daysInMonth(year, quarter * 3));
}

const QUARTER_NAMES = ['I', 'II', 'III', 'IV'] as const;
export const quarterName = (quarter: number): string => QUARTER_NAMES[quarter - 1]!;

/**
 * Decree 220/2025/NĐ-CP (amending Decree 13/2016/NĐ-CP): the police report a quarter's detentions
 * and moves, so the quarter reported has begun by the day the notice is received. A quarter still
 * running is accepted (a notice sent on its last days).
 */
export function checkNoticeQuarter(year: number, quarter: number, receivedOn: IsoDate): RuleResult {
  const start = quarterStart(year, quarter);
  if (start <= receivedOn) return PASS;
  return fail(
    'RULE_POLICE_NOTICE_QUARTER',
    format(vi.errors.RULE_POLICE_NOTICE_QUARTER, {
      quarter: quarterName(quarter),
      year,
      start: formatDisplayDate(start),
      receivedOn: formatDisplayDate(receivedOn),
      citation: citeRule(NOTICE_RULE, receivedOn),
    }),
  );
}

/** Common sense, no article: a notice is recorded once received, so its date is not in the future. */
export function checkReceivedOn(receivedOn: IsoDate, today: IsoDate): RuleResult {
  return receivedOn > today ? fail('RULE_POLICE_RECEIVED_ON', vi.field.dateInFuture) : PASS;
}

/**
 * Decree 220/2025/NĐ-CP took effect on 07/08/2025 (law register): a notice received before then
 * was sent without the duty. It is kept, with a warning that cites the text.
 */
export function checkDutyInForce(receivedOn: IsoDate): RuleResult {
  const from = dutyStartsOn();
  if (receivedOn >= from) return PASS;
  return fail(
    'RULE_POLICE_BEFORE_DUTY',
    format(vi.police.beforeDuty, {
      receivedOn: formatDisplayDate(receivedOn),
      effectiveFrom: formatDisplayDate(from),
      citation: citeRule(NOTICE_RULE, from),
    }),
    'warning',
  );
}

/** A notice reports what already happened: an event is not dated after the day the notice came. */
export function checkLineDate(eventOn: IsoDate, receivedOn: IsoDate): RuleResult {
  return eventOn > receivedOn
    ? fail(
        'RULE_POLICE_LINE_DATE',
        format(vi.errors.RULE_POLICE_LINE_DATE, { receivedOn: formatDisplayDate(receivedOn) }),
      )
    : PASS;
}

/**
 * Where a quarter stands on `today`: a notice is due for every quarter that has ended and that the
 * duty covered (its last day on or after Decree 220/2025/NĐ-CP took effect).
 */
export function quarterStatus(
  year: number,
  quarter: number,
  noticeCount: number,
  today: IsoDate,
): 'received' | 'missing' | 'upcoming' | 'notRequired' {
  if (noticeCount > 0) return 'received';
  const end = quarterEnd(year, quarter);
  if (end < dutyStartsOn()) return 'notRequired';
  return end < today ? 'missing' : 'upcoming';
}
