/**
 * The exercise documents through the API router: each kind's file name, number and count, and the
 * refusals (unknown id, exercise not done, a format the document has not).
 */
import { describe, expect, it } from 'vitest';
import { useOffice } from '../../../../test/docs/document-scene';
import { buildDrillsFixture, type DrillsFixture } from '../../../../test/docs/drills-fixture';

let fixture: DrillsFixture;
const { generate, refusal } = useOffice(buildDrillsFixture, (scene) => ({ fixture } = scene));

describe('exercise documents', () => {
  it('numbers the plan in the KH series and the result report in the BC series', async () => {
    const plan = await generate({ kind: 'exercises.plan', exerciseId: fixture.plannedExercise });
    expect(plan).toMatchObject({ fileName: 'Kế hoạch diễn tập 2027.docx', number: 1, count: 0 });
    const again = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    expect(again).toMatchObject({ fileName: 'Kế hoạch diễn tập 2026.docx', number: 2, count: 90 });
    const report = await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise });
    expect(report).toMatchObject({ fileName: 'Báo cáo kết quả diễn tập 2026.docx', number: 1, count: 90 });
    const draft = await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise, mode: 'draft' });
    expect(draft.number).toBeNull();
  });

  it('refuses a result report for an exercise not done, an unknown exercise and a missing id', async () => {
    expect(await refusal({ kind: 'exercises.resultReport', exerciseId: fixture.plannedExercise })).toMatchObject({
      code: 'DOCUMENT_EXERCISE_NOT_DONE',
      message: 'Chỉ lập báo cáo kết quả cho cuộc diễn tập đã thực hiện xong.',
    });
    const unknown = await refusal({ kind: 'exercises.plan', exerciseId: '00000000-0000-4000-8000-00000000abcd' });
    expect(unknown.fieldErrors).toEqual({ exerciseId: 'Không tìm thấy bản ghi.' });
    expect((await refusal({ kind: 'exercises.plan' })).fieldErrors).toEqual({ exerciseId: 'Không được để trống.' });
    expect(
      (await refusal({ kind: 'exercises.plan', exerciseId: fixture.doneExercise, format: 'xlsx' })).fieldErrors,
    ).toHaveProperty('format');
  });
});
