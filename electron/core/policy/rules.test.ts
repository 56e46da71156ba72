import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  checkCaseDates,
  checkRegistrationTime,
  checkReturnAfterDischarge,
  registeredInTime,
  registrationDeadline,
} from './rules';

describe('policy rules', () => {
  it('counts working days Monday to Friday, the start day not counted', () => {
    expect(addWorkingDays('2023-02-03', 1)).toBe('2023-02-06'); // Friday → Monday
    expect(registrationDeadline('2023-02-03')).toBe('2023-02-24');
    expect(registrationDeadline('2023-02-06')).toBe('2023-02-27');
    expect(registrationDeadline('2023-02-04')).toBe('2023-02-24'); // back on a Saturday
  });

  it('registered on the deadline is in time, the day after is late (a warning citing the law, marked unverified)', () => {
    expect(registeredInTime('2023-02-06', '2023-02-27')).toBe(true);
    expect(registeredInTime('2023-02-06', '2023-02-28')).toBe(false);
    expect(registeredInTime('2023-02-06', null)).toBe(false);
    const late = checkRegistrationTime('2023-02-06', '2023-02-28', '2023-03-10');
    expect(late).toMatchObject({ ok: false, code: 'RULE_POLICY_RESERVE_LATE', severity: 'warning' });
    expect(late.ok ? '' : late.message).toContain('hạn cuối 27/02/2023');
    expect(late.ok ? '' : late.message).toContain('chưa đối chiếu văn bản gốc');
  });

  it('flags an unregistered returnee only once the deadline has passed', () => {
    expect(checkRegistrationTime('2023-02-06', null, '2023-02-27')).toEqual({ ok: true });
    expect(checkRegistrationTime('2023-02-06', null, '2023-02-28')).toMatchObject({
      code: 'RULE_POLICY_RESERVE_OVERDUE',
      severity: 'warning',
    });
  });

  it('refuses a return before the discharge decision; the same day passes', () => {
    expect(checkReturnAfterDischarge('2023-02-10', '2023-02-10')).toEqual({ ok: true });
    expect(checkReturnAfterDischarge('2023-02-10', '2023-02-09')).toMatchObject({
      code: 'RULE_POLICY_RETURN_BEFORE_DISCHARGE',
      severity: 'error',
    });
  });

  it('ties the outcome to its resolved date, never before the received date', () => {
    expect(checkCaseDates('resolved', '2023-03-01', '2023-03-01')).toEqual({ ok: true });
    expect(checkCaseDates('resolved', '2023-03-01', '2023-02-28')).toMatchObject({
      code: 'RULE_POLICY_RESOLVED_BEFORE_RECEIVED',
    });
    expect(checkCaseDates('ineligible', '2023-03-01', null)).toMatchObject({ code: 'RULE_POLICY_OUTCOME_DATE' });
    expect(checkCaseDates('pending', '2023-03-01', '2023-03-05')).toMatchObject({ code: 'RULE_POLICY_PENDING_DATE' });
    expect(checkCaseDates('pending', '2023-03-01', null)).toEqual({ ok: true });
  });
});
