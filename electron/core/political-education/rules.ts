import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';

/**
 * Common sense, no article: the people present are among those planned to attend, so the
 * attendance rate never passes 100 %. (A session that drew more people than planned is recorded
 * with the plan raised to the number who came.)
 */
export function checkAttendance(planned: number, present: number): RuleResult {
  return present > planned
    ? fail('RULE_POLEDU_PRESENT_OVER_PLANNED', format(vi.errors.RULE_POLEDU_PRESENT_OVER_PLANNED, { present, planned }))
    : PASS;
}

/** Common sense, no article: a session is recorded once held, with the attendance counted on the day. */
export function checkHeldOn(heldOn: IsoDate, today: IsoDate): RuleResult {
  return heldOn > today
    ? fail(
        'RULE_POLEDU_HELD_IN_FUTURE',
        format(vi.errors.RULE_POLEDU_HELD_IN_FUTURE, { heldOn: formatDisplayDate(heldOn) }),
      )
    : PASS;
}
