import { describe, expect, it } from 'vitest';
import { isLocalDateTime } from './local-time';
import { checkDayCommander, checkShiftOverlap, checkShiftSpan } from './rules';

describe('checkShiftSpan', () => {
  it('needs the end after the start', () => {
    expect(checkShiftSpan({ startsAt: '2026-11-05T07:30', endsAt: '2026-11-05T07:30' })).toMatchObject({
      ok: false,
      code: 'RULE_DUTY_SPAN',
    });
    expect(checkShiftSpan({ startsAt: '2026-11-05T07:30', endsAt: '2026-11-05T07:29' }).ok).toBe(false);
    expect(checkShiftSpan({ startsAt: '2026-11-05T07:30', endsAt: '2026-11-05T07:31' }).ok).toBe(true);
  });

  it('allows exactly 24 hours (across a month end) and refuses a minute more', () => {
    expect(checkShiftSpan({ startsAt: '2026-11-30T07:30', endsAt: '2026-12-01T07:30' }).ok).toBe(true);
    expect(checkShiftSpan({ startsAt: '2026-11-30T07:30', endsAt: '2026-12-01T07:31' })).toEqual({
      ok: false,
      code: 'RULE_DUTY_TOO_LONG',
      message: 'Một ca trực dài tối đa 24 giờ.',
      severity: 'error',
    });
  });
});

describe('checkShiftOverlap', () => {
  const night = { startsAt: '2026-11-05T17:00', endsAt: '2026-11-06T07:30' };

  it('allows shifts that only touch at either end', () => {
    expect(checkShiftOverlap({ startsAt: '2026-11-06T07:30', endsAt: '2026-11-06T17:00' }, [night]).ok).toBe(true);
    expect(checkShiftOverlap({ startsAt: '2026-11-05T07:30', endsAt: '2026-11-05T17:00' }, [night]).ok).toBe(true);
  });

  it('refuses a one-minute overlap, naming the other shift', () => {
    expect(checkShiftOverlap({ startsAt: '2026-11-06T07:29', endsAt: '2026-11-06T17:00' }, [night])).toEqual({
      ok: false,
      code: 'RULE_DUTY_OVERLAP',
      message: 'Người này đã có ca trực từ 17:00 05/11/2026 đến 07:30 06/11/2026, trùng thời gian với ca này.',
      severity: 'error',
    });
    expect(checkShiftOverlap({ startsAt: '2026-11-05T07:30', endsAt: '2026-11-05T17:01' }, [night]).ok).toBe(false);
  });

  it('refuses a shift inside or around another', () => {
    expect(checkShiftOverlap({ startsAt: '2026-11-05T20:00', endsAt: '2026-11-05T22:00' }, [night]).ok).toBe(false);
    expect(checkShiftOverlap({ startsAt: '2026-11-05T07:30', endsAt: '2026-11-06T07:30' }, [night]).ok).toBe(false);
  });
});

describe('checkDayCommander', () => {
  it('warns only when a day has shifts and none is the commander’s', () => {
    expect(checkDayCommander('2026-11-05', []).ok).toBe(true);
    expect(checkDayCommander('2026-11-05', ['member', 'commander']).ok).toBe(true);
    expect(checkDayCommander('2026-11-05', ['member', 'duty_officer'])).toEqual({
      ok: false,
      code: 'RULE_DUTY_NO_COMMANDER',
      message: 'Ngày 05/11/2026 có người trực nhưng chưa có chỉ huy trực.',
      severity: 'warning',
    });
  });
});

it('reads local date-times strictly', () => {
  expect(isLocalDateTime('2026-11-05T07:30')).toBe(true);
  expect(isLocalDateTime('2026-11-05T24:00')).toBe(false);
  expect(isLocalDateTime('2026-02-29T07:30')).toBe(false);
  expect(isLocalDateTime('2026-11-05 07:30')).toBe(false);
  expect(isLocalDateTime('2026-11-05T07:30:00')).toBe(false);
});
