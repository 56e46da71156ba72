import { format, vi } from '../messages/vi';
import { addDays, formatDisplayDate, parseIsoDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import type { PolicyOutcome } from '../../../vocabulary/policy';

/*
 * The policy work's rules. Legal basis and what was verified:
 *  - Law on Military Service 78/2015/QH13 (Luật Nghĩa vụ quân sự 2015): discharged soldiers
 *    register for the reserves (đăng ký phục vụ trong ngạch dự bị); a third-party summary places it in
 *    Art. 18 and reads Decree 13/2016/NĐ-CP as "within 15 working days of returning to the place of
 *    residence". [U: article number and the start of the 15 days (decision date or return date) not
 *    checked against the official text; the offices count from the day back at the locality, which
 *    this program follows. Public holidays are not subtracted — only Saturdays and Sundays.]
 *    Hence a warning, never a refusal.
 *  - Art. 43 (discharge) and Art. 50 (benefits of conscripts on discharge and of their families) of
 *    the same Law, Decree 27/2016/NĐ-CP (job and training support on discharge). [U: article
 *    numbers as remembered from public summaries.] The date order rules below are plain sequence:
 *    a soldier is back, registered or supported only after the discharge decision.
 */

/** A day of the working week (Monday to Friday). */
function isWorkingDay(date: IsoDate): boolean {
  const d = parseIsoDate(date)!;
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `days` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** The working days a returning soldier has to register for the reserves (see above, [U]). */
export const RESERVE_REGISTRATION_WORKING_DAYS = 15;

/** The last day to register for the reserves after coming back on `returnedOn`. */
export function registrationDeadline(returnedOn: IsoDate): IsoDate {
  return addWorkingDays(returnedOn, RESERVE_REGISTRATION_WORKING_DAYS);
}

/** Registered within the time (Law on Military Service 2015 Art. 18, Decree 13/2016 [U]). */
export function registeredInTime(returnedOn: IsoDate, registeredOn: IsoDate | null): boolean {
  return registeredOn !== null && registeredOn <= registrationDeadline(returnedOn);
}

/** Back at the locality only after the discharge decision (Law on Military Service 2015, Art. 43 [U]). */
export function checkReturnAfterDischarge(dischargedOn: IsoDate, returnedOn: IsoDate): RuleResult {
  if (returnedOn >= dischargedOn) return PASS;
  return fail(
    'RULE_POLICY_RETURN_BEFORE_DISCHARGE',
    format(vi.errors.RULE_POLICY_RETURN_BEFORE_DISCHARGE, {
      returnedOn: formatDisplayDate(returnedOn),
      dischargedOn: formatDisplayDate(dischargedOn),
    }),
  );
}

/** Registered for the reserves only once discharged (Law on Military Service 2015, Art. 18 [U]). */
export function checkRegisteredAfterDischarge(dischargedOn: IsoDate, registeredOn: IsoDate | null): RuleResult {
  if (registeredOn === null || registeredOn >= dischargedOn) return PASS;
  return fail(
    'RULE_POLICY_REGISTERED_BEFORE_DISCHARGE',
    format(vi.errors.RULE_POLICY_REGISTERED_BEFORE_DISCHARGE, {
      registeredOn: formatDisplayDate(registeredOn),
      dischargedOn: formatDisplayDate(dischargedOn),
    }),
  );
}

/**
 * The reserve registration's time limit (Law on Military Service 2015 Art. 18, Decree 13/2016/NĐ-CP;
 * 15 working days from the return [U]): a warning when registered late, or when not registered and
 * the deadline is past on `today`.
 */
export function checkRegistrationTime(returnedOn: IsoDate, registeredOn: IsoDate | null, today: IsoDate): RuleResult {
  const deadline = registrationDeadline(returnedOn);
  const values = { deadline: formatDisplayDate(deadline) };
  if (registeredOn !== null) {
    if (registeredOn <= deadline) return PASS;
    const message = format(vi.policy.reserveLate, { ...values, registeredOn: formatDisplayDate(registeredOn) });
    return fail('RULE_POLICY_RESERVE_LATE', message, 'warning');
  }
  if (today <= deadline) return PASS;
  return fail('RULE_POLICY_RESERVE_OVERDUE', format(vi.policy.reserveOverdue, values), 'warning');
}

/** Job and training support on discharge comes after the decision (Art. 50 of the Law, Decree 27/2016 [U]). */
export function checkSupportAfterDischarge(dischargedOn: IsoDate, supportOn: IsoDate): RuleResult {
  if (supportOn >= dischargedOn) return PASS;
  return fail(
    'RULE_POLICY_SUPPORT_BEFORE_DISCHARGE',
    format(vi.errors.RULE_POLICY_SUPPORT_BEFORE_DISCHARGE, {
      supportOn: formatDisplayDate(supportOn),
      dischargedOn: formatDisplayDate(dischargedOn),
    }),
  );
}

/**
 * A case's outcome and its resolved date go together, and a case is resolved on or after it was
 * received (plain sequence of the file; no legal text sets it).
 */
export function checkCaseDates(outcome: PolicyOutcome, receivedOn: IsoDate, resolvedOn: IsoDate | null): RuleResult {
  if (outcome === 'pending') {
    return resolvedOn === null ? PASS : fail('RULE_POLICY_PENDING_DATE', vi.errors.RULE_POLICY_PENDING_DATE);
  }
  if (resolvedOn === null) return fail('RULE_POLICY_OUTCOME_DATE', vi.errors.RULE_POLICY_OUTCOME_DATE);
  if (resolvedOn >= receivedOn) return PASS;
  return fail(
    'RULE_POLICY_RESOLVED_BEFORE_RECEIVED',
    format(vi.errors.RULE_POLICY_RESOLVED_BEFORE_RECEIVED, {
      resolvedOn: formatDisplayDate(resolvedOn),
      receivedOn: formatDisplayDate(receivedOn),
    }),
  );
}
