import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';

/** Common sense, no article: a date of leaving is not in the future, nor before the start of work. */
export function checkStaffEnd(startedOn: IsoDate | null, endedOn: IsoDate, today: IsoDate): RuleResult {
  if (endedOn > today) return fail('RULE_STAFF_END_DATE', vi.field.dateInFuture);
  if (startedOn !== null && endedOn < startedOn) {
    return fail('RULE_STAFF_END_DATE', format(vi.staff.endBeforeStart, { startedOn: formatDisplayDate(startedOn) }));
  }
  return PASS;
}

/** A start of work is not in the future (the office records who works there, not who will). */
export function checkStaffStart(startedOn: IsoDate | null, today: IsoDate): RuleResult {
  return startedOn !== null && startedOn > today ? fail('RULE_STAFF_START_DATE', vi.field.dateInFuture) : PASS;
}

/**
 * Decree 30/2020/NĐ-CP Art. 13 and Appendix I: a document is signed by the head
 * (or his deputy, "KT."), so the office profile needs at least one signer; the
 * profile keeps at most `max`.
 */
export function checkSignerCount(count: number, max: number): RuleResult {
  if (count === 0) return fail('STAFF_NO_SIGNERS', vi.errors.STAFF_NO_SIGNERS);
  if (count > max) return fail('STAFF_TOO_MANY_SIGNERS', format(vi.errors.STAFF_TOO_MANY_SIGNERS, { count, max }));
  return PASS;
}
