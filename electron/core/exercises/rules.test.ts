import { describe, expect, it } from 'vitest';
import { checkCancelReason, checkDoneFacts, checkPlannedDates, checkTransition, halfYearRange } from './rules';

const TODAY = '2026-11-27';

describe('checkTransition', () => {
  it('allows planned → preparing → done and cancelling before it is held', () => {
    expect(checkTransition('planned', 'preparing').ok).toBe(true);
    expect(checkTransition('preparing', 'done').ok).toBe(true);
    expect(checkTransition('planned', 'cancelled').ok).toBe(true);
    expect(checkTransition('preparing', 'cancelled').ok).toBe(true);
  });

  it('refuses skipping the preparation and going back', () => {
    const skip = checkTransition('planned', 'done');
    expect(skip).toMatchObject({ ok: false, code: 'RULE_EXERCISE_TRANSITION' });
    expect(!skip.ok && skip.message).toBe(
      'Không thể chuyển cuộc diễn tập từ trạng thái "Kế hoạch" sang "Đã thực hiện".',
    );
    expect(checkTransition('preparing', 'planned')).toMatchObject({ ok: false, code: 'RULE_EXERCISE_TRANSITION' });
    expect(checkTransition('planned', 'planned')).toMatchObject({ ok: false, code: 'RULE_EXERCISE_TRANSITION' });
  });

  it('treats done and cancelled as final', () => {
    for (const to of ['planned', 'preparing', 'cancelled'] as const) {
      const r = checkTransition('done', to);
      expect(r).toMatchObject({ ok: false, code: 'RULE_EXERCISE_TRANSITION' });
      expect(!r.ok && r.message).toContain('"Đã thực hiện", không thể chuyển trạng thái nữa');
    }
    for (const to of ['planned', 'preparing', 'done'] as const) {
      expect(checkTransition('cancelled', to)).toMatchObject({ ok: false, code: 'RULE_EXERCISE_TRANSITION' });
    }
  });
});

describe('checkCancelReason', () => {
  it('needs a non-blank reason', () => {
    expect(checkCancelReason(undefined)).toMatchObject({ ok: false, code: 'RULE_EXERCISE_CANCEL_REASON' });
    expect(checkCancelReason('')).toMatchObject({ ok: false, code: 'RULE_EXERCISE_CANCEL_REASON' });
    expect(checkCancelReason('   ')).toMatchObject({ ok: false, code: 'RULE_EXERCISE_CANCEL_REASON' });
    expect(checkCancelReason('Bão số 3').ok).toBe(true);
  });
});

describe('checkDoneFacts', () => {
  const ok = { startedOn: '2026-11-20', endedOn: '2026-11-21', rating: 'good' as const };

  it('passes with both dates up to today and a rating', () => {
    expect(checkDoneFacts(ok, TODAY).ok).toBe(true);
    expect(checkDoneFacts({ ...ok, startedOn: TODAY, endedOn: TODAY }, TODAY).ok).toBe(true);
  });

  it('accepts a one-day exercise (start = end) and refuses an end before the start', () => {
    expect(checkDoneFacts({ ...ok, endedOn: '2026-11-20' }, TODAY).ok).toBe(true);
    expect(checkDoneFacts({ ...ok, endedOn: '2026-11-19' }, TODAY)).toMatchObject({
      ok: false,
      code: 'RULE_EXERCISE_DONE_FACTS',
      field: 'endedOn',
      message: 'Ngày kết thúc không được trước ngày bắt đầu (20/11/2026).',
    });
  });

  it('refuses dates after today', () => {
    expect(checkDoneFacts({ ...ok, endedOn: '2026-11-28' }, TODAY)).toMatchObject({
      ok: false,
      field: 'endedOn',
      message: 'Ngày thực hiện không được sau hôm nay (27/11/2026).',
    });
    expect(checkDoneFacts({ ...ok, startedOn: '2026-11-28', endedOn: '2026-11-28' }, TODAY)).toMatchObject({
      ok: false,
      field: 'startedOn',
    });
  });

  it('needs each fact', () => {
    expect(checkDoneFacts({ ...ok, startedOn: undefined }, TODAY)).toMatchObject({ ok: false, field: 'startedOn' });
    expect(checkDoneFacts({ ...ok, endedOn: null }, TODAY)).toMatchObject({ ok: false, field: 'endedOn' });
    expect(checkDoneFacts({ ...ok, rating: undefined }, TODAY)).toMatchObject({
      ok: false,
      code: 'RULE_EXERCISE_DONE_FACTS',
      field: 'rating',
    });
  });
});

describe('checkPlannedDates', () => {
  it('allows no end, the same day and later; refuses an earlier end', () => {
    expect(checkPlannedDates('2026-08-10', null).ok).toBe(true);
    expect(checkPlannedDates('2026-08-10', '2026-08-10').ok).toBe(true);
    expect(checkPlannedDates('2026-08-10', '2026-08-09')).toMatchObject({
      ok: false,
      code: 'RULE_EXERCISE_PLANNED_DATES',
    });
  });
});

describe('halfYearRange', () => {
  it('splits the year at 30/06 | 01/07', () => {
    expect(halfYearRange(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfYearRange(2026, 2)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });
});
