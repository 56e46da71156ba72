import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import type { ReviewPeriod } from './period';

/**
 * No legal text fixes the day of a review meeting (hội nghị sơ kết, tổng kết): it is the office's
 * practice to hold it near the period's end (the demo office met on 27/06/2023 for the first half)
 * or after it. What it cannot be is earlier than the period it reviews: nothing has been done yet.
 * The message says there is no text behind the rule.
 */
export function checkMeetingInPeriod(heldOn: IsoDate, period: ReviewPeriod): RuleResult {
  if (heldOn >= period.from) return PASS;
  return fail(
    'RULE_REVIEW_MEETING_BEFORE_PERIOD',
    format(vi.errors.RULE_REVIEW_MEETING_BEFORE_PERIOD, {
      date: formatDisplayDate(heldOn),
      from: formatDisplayDate(period.from),
    }),
  );
}

/** Common sense, no article: a meeting is recorded once held, so its day is not in the future. */
export function checkMeetingHeld(heldOn: IsoDate, today: IsoDate): RuleResult {
  if (heldOn <= today) return PASS;
  return fail(
    'RULE_REVIEW_MEETING_FUTURE',
    format(vi.errors.RULE_REVIEW_MEETING_FUTURE, { date: formatDisplayDate(heldOn) }),
  );
}
