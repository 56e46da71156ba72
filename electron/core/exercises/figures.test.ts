import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Exercise, ExerciseFigures } from './public-types';
import { halfYearRange } from './rules';
import { holdExercise } from './test-steps';

const COMBAT = '00000000-0000-4000-8000-000000000001';
const RESCUE = '00000000-0000-4000-8000-000000000002';

let core: TestCore;
useTestCore((c) => (core = c));

async function make(typeId: string, plannedOn: string, end?: { rating?: string; cancel?: string }) {
  const e = await call<Exercise>(core, 'exercises.exercise.create', {
    typeId,
    level: 'commune',
    title: plannedOn,
    plannedOn,
  });
  if (!end) return;
  if (end.cancel) {
    await call(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'cancelled',
      cancelReason: end.cancel,
    });
    return;
  }
  await holdExercise(core, e, { startedOn: '2026-11-01', endedOn: '2026-11-02', rating: end.rating });
}

describe('exerciseFigures', () => {
  it('counts planned (not cancelled), done, cancelled, by type and by rating within the half-year', async () => {
    // H1 2026: one combat done (outstanding). H2 2026: rescue done (good) on the first day, rescue planned,
    // combat done (good) on the last day, combat cancelled. Outside: 2025-12-31 and 2027-01-01.
    await make(COMBAT, '2026-03-10', { rating: 'outstanding' });
    await make(RESCUE, '2026-07-01', { rating: 'good' });
    await make(RESCUE, '2026-09-15');
    await make(COMBAT, '2026-12-31', { rating: 'good' });
    await make(COMBAT, '2026-10-01', { cancel: 'Bão' });
    await make(COMBAT, '2025-12-31', { rating: 'fail' });
    await make(COMBAT, '2027-01-01');

    const h2 = await call<ExerciseFigures>(core, 'exercises.figures', halfYearRange(2026, 2));
    expect(h2).toMatchObject({ from: '2026-07-01', to: '2026-12-31', planned: 3, done: 2, cancelled: 1 });
    expect(h2.byRating).toEqual({ outstanding: 0, excellent: 0, good: 2, pass: 0, fail: 0 });
    expect(h2.byType.map((t) => [t.builtin, t.planned, t.done])).toEqual([
      ['combat_defence', 1, 1],
      ['disaster_rescue', 2, 1],
      ['command_staff', 0, 0],
      ['other', 0, 0],
    ]);

    const h1 = await call<ExerciseFigures>(core, 'exercises.figures', halfYearRange(2026, 1));
    expect(h1).toMatchObject({ planned: 1, done: 1, cancelled: 0 });
    expect(h1.byRating.outstanding).toBe(1);

    const year = await call<ExerciseFigures>(core, 'exercises.figures', { from: '2026-01-01', to: '2026-12-31' });
    expect(year).toMatchObject({ planned: 4, done: 3, cancelled: 1 });
  });

  it('is all zeros for an empty range', async () => {
    const f = await call<ExerciseFigures>(core, 'exercises.figures', halfYearRange(2030, 1));
    expect(f).toMatchObject({ planned: 0, done: 0, cancelled: 0 });
    expect(Object.values(f.byRating)).toEqual([0, 0, 0, 0, 0]);
  });
});
