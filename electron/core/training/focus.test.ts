import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { TrainingCourse } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

describe('training.course.list with focusId', () => {
  it('returns the page showing the course under each filter, ties included', async () => {
    const courses: TrainingCourse[] = [];
    // 18 courses on three start days with two titles: most rows tie on day and title, the id decides.
    for (let i = 0; i < 18; i++) {
      const startsOn = `${i % 2 ? 2026 : 2025}-0${3 + (i % 3)}-02`;
      courses.push(
        await call<TrainingCourse>(core, 'training.course.create', {
          title: i % 4 ? 'Huấn luyện dân quân cơ động' : 'Huấn luyện quân nhân dự bị',
          target: 'staff',
          plannedDays: 5,
          startsOn,
          endsOn: startsOn.replace(/-02$/, '-20'),
        }),
      );
    }
    const method = 'training.course.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 4),
      await expectFocusFindsEachRow(core, method, { year: 2026 }, 2),
      await expectFocusFindsEachRow(core, method, { search: 'dan quan' }, 3),
    ];
    expect(checked).toEqual([18, 9, 13]);
    await expectFocusOutside(core, method, { year: 2026, pageSize: 4 }, courses[0]!.id);
  });
});
