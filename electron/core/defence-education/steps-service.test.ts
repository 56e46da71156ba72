import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, insertRow, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type { DqeduParticipant } from './public-types';
import type { DqeduCourseDetail } from './steps-service';
import { addAll, createCourse, passAll, people } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const setStatus = (c: { id: string; version: number }, status: string) =>
  call<DqeduCourseDetail>(core, 'defenceEducation.course.setStatus', { id: c.id, version: c.version, status });
const get = (id: string) => call<DqeduCourseDetail>(core, 'defenceEducation.course.get', { id });
const undoInput = (c: DqeduCourseDetail, reason = 'Ghi nhầm trạng thái') => ({
  id: c.id,
  version: c.version,
  reason,
});

/** A held course (ended 2023) with two participants, still planned. */
async function heldCourse() {
  const course = await createCourse(core, { startsOn: '2023-03-14', endsOn: '2023-03-17' });
  const list = await addAll(core, course.id, await people(core, 2));
  return { course: await get(course.id), list };
}

describe('defence-education course status steps and their undo', () => {
  it('records each step and undoes the last one back to the status before, with the reason, audited', async () => {
    const { course } = await heldCourse();
    await setStatus(course, 'done');
    const done = await get(course.id);
    expect(done.steps.map((s) => [s.kind, s.fromStatus, s.toStatus])).toEqual([['step', 'planned', 'done']]);
    const back = await call<DqeduCourseDetail>(core, 'defenceEducation.course.undo', undoInput(done));
    expect(back).toMatchObject({ status: 'planned', version: done.version + 1 });
    expect(back.steps.map((s) => [s.kind, s.toStatus, s.reason, s.undoneAt !== null])).toEqual([
      ['step', 'done', '', true],
      ['undo', 'planned', 'Ghi nhầm trạng thái', false],
    ]);
    const last = auditFor(core.db, 'defence_education_course', course.id).at(-1)!;
    expect(JSON.parse(last.after_json as string)).toMatchObject({
      status: 'planned',
      undoReason: 'Ghi nhầm trạng thái',
    });
    // Twice: the same version is stale; the next read has no step left.
    expect(await refusal(core, 'defenceEducation.course.undo', undoInput(done))).toMatchObject({
      code: 'CONFLICT_VERSION',
    });
    const refused = await refusal(core, 'defenceEducation.course.undo', undoInput(back));
    expect(refused).toMatchObject({ code: 'RULE_DQEDU_UNDO', message: expect.stringContaining('không có bước') });
    expect((await refusal(core, 'defenceEducation.course.undo', undoInput(back, ''))).fieldErrors).toHaveProperty(
      'reason',
    );
  });

  it('refuses to take a held course back while results are recorded, naming whose, until they are cleared', async () => {
    const { course } = await heldCourse();
    await setStatus(course, 'done');
    const list = await call<DqeduParticipant[]>(core, 'defenceEducation.participant.list', { id: course.id });
    const row = (p: DqeduParticipant, result: string | null) => ({
      participantId: p.id,
      version: p.version,
      result,
      certificateNo: '',
    });
    const rated = await call<DqeduParticipant[]>(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [row(list[0]!, 'pass')],
    });
    const done = await get(course.id);
    const refused = await refusal(core, 'defenceEducation.course.undo', undoInput(done));
    expect(refused.code).toBe('RULE_DQEDU_UNDO');
    expect(refused.message).toContain(`Đã ghi kết quả, giấy chứng nhận của ${list[0]!.fullName}.`);
    expect(refused.message).toContain('Khóa trở lại "Kế hoạch"');
    await call(core, 'defenceEducation.participant.setResults', { courseId: course.id, rows: [row(rated[0]!, null)] });
    expect((await call<DqeduCourseDetail>(core, 'defenceEducation.course.undo', undoInput(done))).status).toBe(
      'planned',
    );
  });

  it('undoes the reopening of a cancelled course whose results were recorded before it was cancelled', async () => {
    const { course, list } = await heldCourse();
    await setStatus(course, 'done');
    await passAll(core, course.id, list);
    await setStatus(await get(course.id), 'cancelled');
    const reopened = await setStatus(await get(course.id), 'planned');
    const back = await call<DqeduCourseDetail>(core, 'defenceEducation.course.undo', undoInput(reopened));
    expect(back.status).toBe('cancelled');
  });

  it('refuses to take a course back to held once its end date was moved past today, saying which date', async () => {
    const { course } = await heldCourse();
    await setStatus(course, 'done');
    const reopened = await setStatus(await get(course.id), 'planned');
    const c = await get(reopened.id);
    const fields = { title: c.title, category: c.category, organiser: c.organiser, startsOn: c.startsOn };
    await call(core, 'defenceEducation.course.update', {
      id: c.id,
      version: c.version,
      ...fields,
      endsOn: '2099-03-17',
    });
    const moved = await get(c.id);
    const refused = await refusal(core, 'defenceEducation.course.undo', undoInput(moved));
    expect(refused).toMatchObject({
      code: 'RULE_DQEDU_UNDO',
      message: expect.stringContaining('kết thúc ngày 17/03/2099'),
    });
    expect((await get(course.id)).status).toBe('planned');
  });

  it('refuses to cancel again a course reopened after people were added to it', async () => {
    const { course } = await heldCourse();
    await setStatus(course, 'cancelled');
    const reopened = await setStatus(await get(course.id), 'planned');
    const [newcomer] = await people(core, 1);
    const [added] = (await addAll(core, course.id, [newcomer!])).filter((p) => p.personId === newcomer);
    const refused = await refusal(core, 'defenceEducation.course.undo', undoInput(await get(reopened.id)));
    expect(refused.message).toContain(`Sau bước "Kế hoạch" đã thêm ${added!.fullName} vào khóa`);
  });

  it('refuses to cancel again a course reopened after someone was taken off it, naming who', async () => {
    const { course, list } = await heldCourse();
    await setStatus(course, 'cancelled');
    const reopened = await setStatus(await get(course.id), 'planned');
    await call(core, 'defenceEducation.participant.remove', { id: list[0]!.id, version: list[0]!.version });
    const refused = await refusal(core, 'defenceEducation.course.undo', undoInput(await get(reopened.id)));
    expect(refused).toMatchObject({ code: 'RULE_DQEDU_UNDO' });
    expect(refused.message).toContain(`Sau bước "Kế hoạch" đã bỏ ${list[0]!.fullName} khỏi danh sách`);
  });

  it('refuses to undo a step taken before the history existed, saying so', async () => {
    const id = insertRow(core, 'defence_education_courses', {
      title: 'Khóa cũ',
      category: 'group4',
      organiser: 'Ban CHQS',
      starts_on: '2023-03-14',
      ends_on: '2023-03-17',
      status: 'done',
    });
    const old = await get(id);
    const refused = await refusal(core, 'defenceEducation.course.undo', undoInput(old));
    expect(refused.message).toContain('các bước chuyển trước khi có lịch sử trạng thái thì không hoàn tác được');
  });
});
