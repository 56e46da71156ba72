import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, insertRow, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { person } from '../militia/test-fixtures';
import type { TrainingParticipant } from './public-types';
import type { TrainingCourseDetail } from './steps-service';

let core: TestCore;
useTestCore((c) => (core = c));

/** A staff course with An and Bình on its list, still planned. */
async function course() {
  const c = await call<TrainingCourseDetail>(core, 'training.course.create', {
    title: 'Huấn luyện cán bộ năm 2026',
    target: 'staff',
    startsOn: '2026-07-01',
    endsOn: '2026-07-03',
    plannedDays: 3,
  });
  const an = await person(core, 'An', '2000-01-01');
  const binh = await person(core, 'Bình', '2001-02-02');
  await call(core, 'training.participant.add', { courseId: c.id, personIds: [an.id, binh.id] });
  const list = await call<TrainingParticipant[]>(core, 'training.participant.list', { courseId: c.id });
  const idOf = (personId: string) => list.find((p) => p.personId === personId)!.id;
  return { course: c, an: idOf(an.id), binh: idOf(binh.id) };
}

const move = (c: TrainingCourseDetail, to: string) =>
  call<TrainingCourseDetail>(core, 'training.course.transition', { id: c.id, version: c.version, to });
const undo = (c: TrainingCourseDetail, reason = 'Chuyển nhầm khóa') =>
  call<TrainingCourseDetail>(core, 'training.course.undo', { id: c.id, version: c.version, reason });
const undoRefusal = (c: TrainingCourseDetail, reason = 'Chuyển nhầm khóa') =>
  refusal(core, 'training.course.undo', { id: c.id, version: c.version, reason });
const setResult = (courseId: string, participantId: string, result: string | null) =>
  call(core, 'training.participant.setResult', { courseId, rows: [{ participantId, result }] });

describe('training course status steps and their undo', () => {
  it('records each step and undoes the last one back to the status before, with the reason, audited', async () => {
    const { course: c } = await course();
    const running = await move(c, 'in_progress');
    expect(running.steps.map((s) => [s.kind, s.fromStatus, s.toStatus, s.actor])).toEqual([
      ['step', 'planned', 'in_progress', 'tester'],
    ]);
    const undone = await undo(running);
    expect(undone).toMatchObject({ status: 'planned', version: running.version + 1 });
    expect(undone.steps.map((s) => [s.kind, s.fromStatus, s.toStatus, s.reason, s.undoneAt !== null])).toEqual([
      ['step', 'planned', 'in_progress', '', true],
      ['undo', 'in_progress', 'planned', 'Chuyển nhầm khóa', false],
    ]);
    const trail = auditFor(core.db, 'training_course', c.id).map((row) => JSON.parse(row.after_json as string));
    expect(trail.map((a: { status: string }) => a.status)).toEqual(['planned', 'in_progress', 'planned']);
    expect(trail.at(-1)).toMatchObject({ undoReason: 'Chuyển nhầm khóa' });
  });

  it('refuses an undo without a reason, at a stale version, twice, and for a course with no step', async () => {
    const { course: c } = await course();
    expect(await undoRefusal(c)).toMatchObject({
      code: 'RULE_TRAINING_UNDO',
      message: expect.stringContaining('không có bước'),
    });
    const running = await move(c, 'in_progress');
    expect((await undoRefusal(running, ' ')).fieldErrors).toHaveProperty('reason');
    expect(await undoRefusal(c)).toMatchObject({ code: 'CONFLICT_VERSION' });
    await undo(running);
    expect(await undoRefusal(running)).toMatchObject({ code: 'CONFLICT_VERSION' });
    const now = await call<TrainingCourseDetail>(core, 'training.course.get', { id: c.id });
    expect(await undoRefusal(now)).toMatchObject({ code: 'RULE_TRAINING_UNDO' });
    expect(now.status).toBe('planned');
  });

  it('refuses to undo a step taken before the history existed, saying so', async () => {
    const id = insertRow(core, 'training_courses', {
      title: 'Khóa cũ',
      target: 'staff',
      starts_on: '2026-03-02',
      ends_on: '2026-03-04',
      planned_days: 3,
      status: 'done',
    });
    const old = await call<TrainingCourseDetail>(core, 'training.course.get', { id });
    expect(old.steps).toEqual([]);
    const refused = await undoRefusal(old);
    expect(refused.code).toBe('RULE_TRAINING_UNDO');
    expect(refused.message).toContain('các bước chuyển trước khi có lịch sử trạng thái thì không hoàn tác được');
  });

  it('refuses to take a started course back to planned once attendance was entered, naming who, until it is cleared', async () => {
    const { course: c, an } = await course();
    const running = await move(c, 'in_progress');
    const rows = (days: number | null) => ({ courseId: c.id, rows: [{ participantId: an, attendedDays: days }] });
    await call(core, 'training.participant.setAttendance', rows(2));
    const refused = await undoRefusal(running);
    expect(refused.code).toBe('RULE_TRAINING_UNDO');
    expect(refused.message).toContain('Sau bước "Đang huấn luyện" đã ghi điểm danh của Nguyễn Văn An');
    expect(refused.message).toContain('trở lại "Kế hoạch"');
    expect(refused.message).not.toContain('Bình');
    await call(core, 'training.participant.setAttendance', rows(null));
    expect((await undo(running)).status).toBe('planned');
  });

  it('refuses to reopen a finished course whose results were recorded after it finished; earlier results do not block', async () => {
    const { course: c, an, binh } = await course();
    const running = await move(c, 'in_progress');
    await setResult(c.id, an, 'good');
    const done = await move(running, 'done');
    await setResult(c.id, binh, 'excellent');
    const refused = await undoRefusal(done);
    expect(refused.message).toContain('Sau bước "Đã hoàn thành" đã ghi kết quả của Nguyễn Văn Bình');
    expect(refused.message).not.toContain('An');
    await setResult(c.id, binh, null);
    const back = await undo(done);
    expect(back.status).toBe('in_progress');
    expect(back.figures.rated).toBe(1);
  });

  it('refuses to cancel again a course reopened after people were added to it', async () => {
    const { course: c } = await course();
    const cancelled = await move(c, 'cancelled');
    const reopened = await move(cancelled, 'planned');
    const chi = await person(core, 'Chi', '2002-03-03', 'F');
    await call(core, 'training.participant.add', { courseId: c.id, personIds: [chi.id] });
    const refused = await undoRefusal(reopened);
    expect(refused.message).toContain('Sau bước "Kế hoạch" đã thêm Nguyễn Thị Chi vào khóa');
  });

  it('refuses to cancel again a course reopened after someone was taken off it, naming who', async () => {
    const { course: c, an } = await course();
    const cancelled = await move(c, 'cancelled');
    const reopened = await move(cancelled, 'planned');
    const list = await call<TrainingParticipant[]>(core, 'training.participant.list', { courseId: c.id });
    await call(core, 'training.participant.remove', { id: an });
    const refused = await undoRefusal(reopened);
    const name = list.find((p) => p.id === an)!.fullName;
    expect(refused).toMatchObject({ code: 'RULE_TRAINING_UNDO' });
    expect(refused.message).toContain(`Sau bước "Kế hoạch" đã bỏ ${name} khỏi danh sách`);
  });

  it('undoes the step before once the last one is undone', async () => {
    const { course: c } = await course();
    const done = await move(await move(c, 'in_progress'), 'done');
    const running = await undo(done);
    const planned = await undo(running, 'Khóa chưa bắt đầu');
    expect(planned.status).toBe('planned');
    expect(planned.steps.filter((s) => s.kind === 'undo').map((s) => s.reason)).toEqual([
      'Chuyển nhầm khóa',
      'Khóa chưa bắt đầu',
    ]);
  });
});
