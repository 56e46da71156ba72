import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { type TestCore, useTestCore } from '../db/test-helpers';
import type { DqeduCourse } from './public-types';
import { createCourse } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

describe('defenceEducation.course.list with focusId', () => {
  it('returns the page showing the course under each filter, ties included', async () => {
    const courses: DqeduCourse[] = [];
    // 17 courses on three start days with two titles: most rows tie on day and title, the id decides.
    for (let i = 0; i < 17; i++) {
      const startsOn = `${i % 2 ? 2026 : 2025}-0${3 + (i % 3)}-02`;
      const title = i % 4 ? 'Bồi dưỡng kiến thức QP-AN đối tượng 4' : 'Bồi dưỡng chức sắc tôn giáo';
      courses.push(await createCourse(core, { title, startsOn, endsOn: startsOn.replace(/-02$/, '-04') }));
    }
    const method = 'defenceEducation.course.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 4),
      await expectFocusFindsEachRow(core, method, { year: 2025 }, 2),
      await expectFocusFindsEachRow(core, method, { search: 'doi tuong 4' }, 3),
    ];
    expect(checked).toEqual([17, 9, 12]);
    await expectFocusOutside(core, method, { year: 2025, pageSize: 4 }, courses[1]!.id);
  });
});
