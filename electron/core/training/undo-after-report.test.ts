/**
 * A training course's last step cannot be undone while an issued result report stands on it: the
 * clerk withdraws the report from the register first, then undoes the step.
 */
import { describe, expect, it } from 'vitest';
import { useOffice } from '../../../test/docs/document-scene';
import { buildDrillsFixture } from '../../../test/docs/drills-fixture';
import { call, refusal, type TestCore } from '../db/test-helpers';
import type { TrainingCourseDetail } from './steps-service';

let core: TestCore;
let courseId: string;
const { generate } = useOffice(
  buildDrillsFixture,
  (scene) => {
    core = scene.core;
    courseId = scene.fixture.course;
  },
  { each: true },
);

const get = () => call<TrainingCourseDetail>(core, 'training.course.get', { id: courseId });
const move = (c: TrainingCourseDetail, to: string) =>
  call<TrainingCourseDetail>(core, 'training.course.transition', { id: c.id, version: c.version, to });

describe('undo of a reported training course step', () => {
  it('is refused while the issued result report stands, and allowed once it is withdrawn', async () => {
    // The fixture's course was finished before the history existed: that step has nothing to undo.
    const old = await get();
    expect(
      (await refusal(core, 'training.course.undo', { id: old.id, version: old.version, reason: 'Nhầm' })).message,
    ).toContain('trước khi có lịch sử trạng thái');
    const done = await move(await move(old, 'in_progress'), 'done');
    const report = (await generate({ kind: 'training.resultReport', courseId })) as unknown as { registerId: string };
    const input = { id: done.id, version: done.version, reason: 'Kết thúc nhầm' };
    const refused = await refusal(core, 'training.course.undo', input);
    expect(refused.code).toBe('RULE_TRAINING_UNDO');
    expect(refused.message).toContain('Thu hồi văn bản đó ở Văn bản – Báo cáo › Sổ văn bản đi');

    const entry = await call<{ version: number }>(core, 'documents.register.get', { id: report.registerId });
    await call(core, 'documents.register.withdraw', {
      id: report.registerId,
      version: entry.version,
      reason: 'Báo cáo lập nhầm',
    });
    expect((await call<TrainingCourseDetail>(core, 'training.course.undo', input)).status).toBe('in_progress');
  });
});
