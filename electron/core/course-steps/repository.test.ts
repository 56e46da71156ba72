import { describe, expect, it } from 'vitest';
import { type TestCore, useTestCore } from '../db/test-helpers';
import { insertCourseStep, lastCourseStep, listCourseSteps } from './repository';

let core: TestCore;
useTestCore((c) => (core = c));

const step = (fromStatus: string, toStatus: string, at: string) =>
  insertCourseStep(
    core.db,
    {
      courseKind: 'training',
      courseId: 'course-1',
      kind: 'step',
      fromStatus,
      toStatus,
      reason: '',
      entries: {},
      actor: 'tester',
    },
    at,
  );

describe('course steps in the order they were taken', () => {
  it('keeps insertion order when the clock was set back between steps', () => {
    step('planned', 'ongoing', '2026-11-27T03:00:00.000Z');
    // The office's clock set back a day before the next step.
    step('ongoing', 'done', '2026-11-26T03:00:00.000Z');
    expect(listCourseSteps(core.db, 'training', 'course-1').map((s) => s.toStatus)).toEqual(['ongoing', 'done']);
    expect(lastCourseStep(core.db, 'training', 'course-1')).toMatchObject({ fromStatus: 'ongoing', toStatus: 'done' });
  });
});
