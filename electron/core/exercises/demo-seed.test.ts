import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { Exercise, ExercisePage } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

it('seeds exercises around today: held with ratings, one cancelled with its reason, some planned ahead', async () => {
  const result = seedDemoOffice(core.context);
  const page = await call<ExercisePage>(core, 'exercises.exercise.list', { pageSize: 100 });
  // The list also holds the 2023 history's exercises (demo/history-2023.test.ts), counted apart.
  expect(result.drills.exercises! + result.history.exercises2023!).toBe(page.total);
  expect(page.total).toBeGreaterThanOrEqual(5);
  const byStatus = (s: string) => page.rows.filter((r) => r.status === s);
  expect(byStatus('done').every((r) => r.rating !== null && r.endedOn! <= '2026-11-27')).toBe(true);
  expect(byStatus('done').length).toBeGreaterThanOrEqual(2);
  const [cancelled] = byStatus('cancelled');
  expect((await call<Exercise>(core, 'exercises.exercise.get', { id: cancelled!.id })).cancelReason).not.toBe('');
  // The next half-year (from 01/01/2027, today being 27/11/2026) has planned exercises.
  expect(page.rows.some((r) => r.status === 'planned' && r.plannedOn >= '2027-01-01')).toBe(true);
  const rescue = page.rows.find((r) => r.typeBuiltin === 'disaster_rescue' && r.status === 'done');
  const combat = page.rows.find((r) => r.typeBuiltin === 'combat_defence' && r.status === 'done');
  expect(rescue?.localityId).toBeTruthy();
  expect(combat?.localityId).toBeTruthy();
  expect(rescue?.localityId).not.toBe(combat?.localityId);
  const held = await call<Exercise>(core, 'exercises.exercise.get', { id: combat!.id });
  expect(held.units.some((u) => u.kind === 'militia')).toBe(true);
  expect(held.attachments).toHaveLength(1);
});
