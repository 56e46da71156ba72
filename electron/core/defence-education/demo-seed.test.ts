import { afterEach, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { ReviewFigures, ReviewReportDetail } from '../reviews/public-types';
import type { DqeduCoursePage } from './public-types';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

it('the demo office’s 2023 courses fill the H1 report, and the September course is in Part II', async () => {
  core = createTestCore();
  expect(seedDemoOffice(core.context).seeded).toBe(true);
  const y2023 = await call<DqeduCoursePage>(core, 'defenceEducation.course.list', { year: 2023 });
  expect(y2023.rows.map((r) => [r.startsOn, r.category, r.status, r.participants])).toEqual([
    ['2023-09-19', 'group4', 'done', 30],
    ['2023-05-16', 'group4', 'done', 42],
    ['2023-04-18', 'elders', 'done', 12],
    ['2023-03-21', 'group4', 'done', 46],
  ]);
  const figures = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-01-01', to: '2023-06-30' });
  const group = figures.groups.find((g) => g.key === 'defenceEducation')!;
  const shown = Object.fromEntries(group.figures.map((f) => [f.key, f.display]));
  expect(shown).toMatchObject({
    'defenceEducation.courses': '3 lớp',
    'defenceEducation.participants': '100 người',
    'defenceEducation.passed': '94/100',
    'defenceEducation.certificates': '94 người',
    'defenceEducation.cumulative.group4': '84/320',
  });
  const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
  expect(report.sections.defenceEducation).toContain(
    'Phối hợp tổ chức 3 lớp bồi dưỡng kiến thức quốc phòng và an ninh',
  );
  expect(report.sections.defenceEducation).not.toContain('…');
  expect(report.sections.tasks).toContain(
    'đối tượng 4 (Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2023 (đợt 3)), dự kiến từ 19/09/2023 đến 22/09/2023',
  );
});
