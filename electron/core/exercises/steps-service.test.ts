import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import type { Exercise } from './public-types';

const RESCUE = '00000000-0000-4000-8000-000000000002';

let core: TestCore;
useTestCore((c) => (core = c));

const planned = () =>
  call<Exercise>(core, 'exercises.exercise.create', {
    typeId: RESCUE,
    level: 'commune',
    title: 'Diễn tập PCTT-TKCN phường Đức Xuân',
    plannedOn: '2026-08-15',
  });

const held = { startedOn: '2026-08-15', endedOn: '2026-08-16', rating: 'good', lessons: 'Hiệp đồng chậm.' };

const doneFrom = (e: Exercise) =>
  call<Exercise>(core, 'exercises.exercise.transition', { id: e.id, version: e.version, to: 'done', ...held });

const statusesIn = (core: TestCore, id: string) =>
  auditFor(core.db, 'exercise', id).map((row) => (JSON.parse(row.after_json as string) as Exercise).status);

describe('exercise status steps', () => {
  it('records done straight from planned through preparing, each step in the history and the audit', async () => {
    const e = await doneFrom(await planned());
    expect(e).toMatchObject({ status: 'done', rating: 'good', lessons: 'Hiệp đồng chậm.', startedOn: '2026-08-15' });
    expect(e.steps.map((s) => [s.kind, s.fromStatus, s.toStatus])).toEqual([
      ['step', 'planned', 'preparing'],
      ['step', 'preparing', 'done'],
    ]);
    expect(statusesIn(core, e.id)).toEqual(['planned', 'preparing', 'done']);
  });

  it('writes nothing when the result is refused, so the dialog can be fixed and sent again', async () => {
    const e = await planned();
    const refused = await refusal(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'done',
      ...held,
      endedOn: '2026-08-14',
    });
    expect(refused).toMatchObject({ code: 'RULE_EXERCISE_DONE_FACTS', fieldErrors: { endedOn: expect.any(String) } });
    const after = await call<Exercise>(core, 'exercises.exercise.get', { id: e.id });
    expect(after).toMatchObject({ status: 'planned', version: e.version, steps: [] });
  });

  it('corrects a done exercise with a reason, keeping the old values in the history and the audit', async () => {
    const e = await doneFrom(await planned());
    const noReason = await refusal(core, 'exercises.exercise.correct', {
      id: e.id,
      version: e.version,
      reason: ' ',
      ...held,
    });
    expect(noReason.fieldErrors).toHaveProperty('reason');
    const corrected = await call<Exercise>(core, 'exercises.exercise.correct', {
      id: e.id,
      version: e.version,
      reason: 'Cấp trên đánh giá lại',
      ...held,
      rating: 'excellent',
      endedOn: '2026-08-17',
    });
    expect(corrected).toMatchObject({ status: 'done', rating: 'excellent', endedOn: '2026-08-17' });
    const last = corrected.steps.at(-1)!;
    expect(last).toMatchObject({ kind: 'correction', reason: 'Cấp trên đánh giá lại' });
    expect(last.before).toMatchObject({ rating: 'good', endedOn: '2026-08-16' });
    expect(last.after).toMatchObject({ rating: 'excellent', endedOn: '2026-08-17' });
    const audit = auditFor(core.db, 'exercise', e.id).at(-1)!;
    expect(JSON.parse(audit.before_json as string)).toMatchObject({ rating: 'good' });
    const same = await refusal(core, 'exercises.exercise.correct', {
      id: e.id,
      version: corrected.version,
      reason: 'Lại',
      ...held,
      rating: 'excellent',
      endedOn: '2026-08-17',
    });
    expect(same.code).toBe('RULE_EXERCISE_CORRECTION');
  });

  it('corrects a cancelled exercise’s reason, and refuses to correct one still planned', async () => {
    const e = await planned();
    const early = await refusal(core, 'exercises.exercise.correct', { id: e.id, version: e.version, reason: 'x' });
    expect(early.message).toContain('Kế hoạch');
    const cancelled = await call<Exercise>(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'cancelled',
      cancelReason: 'Bão',
    });
    const corrected = await call<Exercise>(core, 'exercises.exercise.correct', {
      id: e.id,
      version: cancelled.version,
      reason: 'Ghi rõ lý do',
      cancelReason: 'Ảnh hưởng bão số 3',
    });
    expect(corrected).toMatchObject({ status: 'cancelled', cancelReason: 'Ảnh hưởng bão số 3' });
    expect(corrected.steps.at(-1)!.before.cancelReason).toBe('Bão');
  });

  it('undoes the last step with a reason, restoring what was there, step by step', async () => {
    const e = await doneFrom(await planned());
    const noReason = await refusal(core, 'exercises.exercise.undo', { id: e.id, version: e.version, reason: '' });
    expect(noReason.fieldErrors).toHaveProperty('reason');
    const back = await call<Exercise>(core, 'exercises.exercise.undo', {
      id: e.id,
      version: e.version,
      reason: 'Ghi nhầm cuộc diễn tập',
    });
    expect(back).toMatchObject({ status: 'preparing', rating: null, startedOn: null, lessons: '' });
    expect(back.steps.map((s) => [s.kind, s.toStatus, s.undoneAt !== null])).toEqual([
      ['step', 'preparing', false],
      ['step', 'done', true],
      ['undo', 'preparing', false],
    ]);
    const planning = await call<Exercise>(core, 'exercises.exercise.undo', {
      id: e.id,
      version: back.version,
      reason: 'Chưa chuẩn bị',
    });
    expect(planning.status).toBe('planned');
    expect(statusesIn(core, e.id)).toEqual(['planned', 'preparing', 'done', 'preparing', 'planned']);
    const nothing = await refusal(core, 'exercises.exercise.undo', {
      id: e.id,
      version: planning.version,
      reason: 'x',
    });
    expect(nothing.code).toBe('RULE_EXERCISE_UNDO');
  });

  it('refuses to undo a step whose result was corrected since, saying what to do', async () => {
    const e = await doneFrom(await planned());
    const corrected = await call<Exercise>(core, 'exercises.exercise.correct', {
      id: e.id,
      version: e.version,
      reason: 'Đánh giá lại',
      ...held,
      rating: 'pass',
    });
    const refused = await refusal(core, 'exercises.exercise.undo', {
      id: e.id,
      version: corrected.version,
      reason: 'x',
    });
    expect(refused).toMatchObject({ code: 'RULE_EXERCISE_UNDO' });
    expect(refused.message).toContain('đính chính');
  });
});

describe('the exercise list with focusId', () => {
  it('returns the page holding an exercise just saved, with the same filters and order', async () => {
    const plan = (title: string, plannedOn: string) =>
      call<Exercise>(core, 'exercises.exercise.create', { typeId: RESCUE, level: 'commune', title, plannedOn });
    await plan('Diễn tập A', '2026-03-01');
    await plan('Diễn tập B', '2026-04-01');
    const late = await plan('Diễn tập C', '2026-09-01');
    type Page = { rows: Exercise[]; page: number };
    const page = await call<Page>(core, 'exercises.exercise.list', { page: 1, pageSize: 2, focusId: late.id });
    expect(page.page).toBe(2);
    expect(page.rows.map((r) => r.title)).toEqual(['Diễn tập C']);
    const firstHalf = await call<Page>(core, 'exercises.exercise.list', {
      page: 1,
      pageSize: 2,
      year: 2026,
      half: 1,
      focusId: late.id,
    });
    expect(firstHalf.page).toBe(1);
  });
});
