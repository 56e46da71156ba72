/**
 * An exercise's last step cannot be undone while an issued result report stands on it: the clerk
 * withdraws the report from the register first, then undoes the step.
 */
import { describe, expect, it } from 'vitest';
import { useOffice } from '../../../test/docs/document-scene';
import { buildDrillsFixture } from '../../../test/docs/drills-fixture';
import { call, refusal, type TestCore } from '../db/test-helpers';
import type { Exercise } from './public-types';

let core: TestCore;
const { generate } = useOffice(buildDrillsFixture, (scene) => ({ core } = scene), { each: true });

const RESCUE = '00000000-0000-4000-8000-000000000002';

/** An exercise recorded as done through its steps (so its last step can be undone). */
async function heldExercise(): Promise<Exercise> {
  const e = await call<Exercise>(core, 'exercises.exercise.create', {
    typeId: RESCUE,
    level: 'commune',
    title: 'Diễn tập PCTT-TKCN phường Đức Xuân',
    plannedOn: '2026-08-15',
  });
  return call<Exercise>(core, 'exercises.exercise.transition', {
    id: e.id,
    version: e.version,
    to: 'done',
    startedOn: '2026-08-15',
    endedOn: '2026-08-16',
    rating: 'good',
    lessons: 'Hiệp đồng chậm.',
  });
}

describe('undo of a reported exercise step', () => {
  it('is refused while the issued result report stands, and allowed once it is withdrawn', async () => {
    const before = await heldExercise();
    const report = (await generate({ kind: 'exercises.resultReport', exerciseId: before.id })) as unknown as {
      registerId: string;
    };
    const refused = await refusal(core, 'exercises.exercise.undo', {
      id: before.id,
      version: before.version,
      reason: 'Ghi nhầm',
    });
    expect(refused).toMatchObject({ code: 'RULE_EXERCISE_UNDO' });
    expect(refused.message).toContain('Thu hồi văn bản');

    const entry = await call<{ version: number }>(core, 'documents.register.get', { id: report.registerId });
    await call(core, 'documents.register.withdraw', {
      id: report.registerId,
      version: entry.version,
      reason: 'Báo cáo lập nhầm',
    });
    const undone = await call<Exercise>(core, 'exercises.exercise.undo', {
      id: before.id,
      version: before.version,
      reason: 'Ghi nhầm',
    });
    expect(undone.status).not.toBe('done');
  });
});
