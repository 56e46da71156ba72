import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { TrainingCoursePage, TrainingFigures } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

it('seeds the demo year’s courses: finished ones with attendance and results, later ones planned', async () => {
  const result = seedDemoOffice(core.context);
  const page = await call<TrainingCoursePage>(core, 'training.course.list', { year: 2026, pageSize: 50 });
  expect(result.drills).toMatchObject({
    trainingCourses: page.total,
    trainingParticipants: page.rows.reduce((sum, c) => sum + c.participants, 0),
  });
  expect(page.total).toBe(6);
  expect(new Set(page.rows.map((c) => c.target))).toEqual(
    new Set(['militia_first_year', 'militia_component', 'reserve_unit', 'staff', 'defence_education']),
  );
  const done = page.rows.filter((c) => c.status === 'done');
  expect(done).toHaveLength(5);
  for (const course of done) {
    expect(course.participants).toBeGreaterThan(0);
    expect(course.attendanceRate).toBeGreaterThan(70);
    expect(course.attendanceRate).toBeLessThanOrEqual(100);
    expect(course.goodOrBetterRate).not.toBeNull();
  }
  expect(page.rows.find((c) => c.status === 'planned')).toMatchObject({ startsOn: '2026-12-07', attendanceRate: null });
  const mobile = page.rows.find((c) => c.target === 'militia_component' && c.unitName);
  expect(mobile).toMatchObject({ plannedDays: 12, unitName: 'Trung đội dân quân cơ động' });

  const h1 = await call<TrainingFigures>(core, 'training.figures', { from: '2026-01-01', to: '2026-06-30' });
  const h2 = await call<TrainingFigures>(core, 'training.figures', { from: '2026-07-01', to: '2026-12-31' });
  expect([h1.courses, h2.courses]).toEqual([3, 3]);
  expect(h1.attendanceRate).toBeGreaterThan(80);
});
