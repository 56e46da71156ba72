import { describe, expect, it } from 'vitest';
import { checkPractice, checkReviewNotFuture, checkReviewOrder, isDue } from './rules';

describe('readiness document rules', () => {
  it('keeps a complete document current for 12 months to the day (office practice), due the day after', () => {
    const complete = { state: 'complete' as const, reviewedOn: '2023-03-01' };
    expect(isDue(complete, '2024-03-01')).toBe(false);
    expect(isDue(complete, '2024-03-02')).toBe(true);
    expect(isDue({ state: 'needs_revision', reviewedOn: '2023-03-01' }, '2023-03-01')).toBe(true);
    expect(isDue(null, '2023-03-01')).toBe(true);
  });

  it('accepts a review on the previous review’s day or today, not before or after', () => {
    expect(checkReviewOrder('2023-03-01', '2023-03-01').ok).toBe(true);
    expect(checkReviewOrder('2023-02-28', '2023-03-01').ok).toBe(false);
    expect(checkReviewOrder('2023-02-28', null).ok).toBe(true);
    expect(checkReviewNotFuture('2026-11-27', '2026-11-27').ok).toBe(true);
    expect(checkReviewNotFuture('2026-11-28', '2026-11-27').ok).toBe(false);
  });

  it('takes a practice held today, a plan made on its day, and no rating for a plan', () => {
    const today = '2026-11-27';
    const held = { status: 'done' as const, practisedOn: today, plannedAt: today, rating: 'good' };
    expect(checkPractice(held, today)).toBeNull();
    expect(checkPractice({ ...held, practisedOn: '2026-11-28', plannedAt: today }, today)?.field).toBe('practisedOn');
    expect(checkPractice({ ...held, plannedAt: '2026-11-28' }, today)?.field).toBe('plannedAt');
    const plan = { status: 'planned' as const, practisedOn: '2026-12-10', plannedAt: today, rating: null };
    expect(checkPractice(plan, today)).toBeNull();
    expect(checkPractice({ ...plan, plannedAt: '2026-11-01', practisedOn: '2026-10-31' }, today)?.field).toBe(
      'plannedAt',
    );
    expect(checkPractice({ ...plan, rating: 'good' }, today)?.field).toBe('rating');
  });
});
