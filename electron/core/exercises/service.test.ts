import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import type { MilitiaUnit } from '../militia/public-types';
import type { Exercise, ExercisePage, ExerciseType } from './public-types';

const COMBAT = '00000000-0000-4000-8000-000000000001';
const RESCUE = '00000000-0000-4000-8000-000000000002';

let core: TestCore;
useTestCore((c) => (core = c));

async function exercise(values: Record<string, unknown> = {}): Promise<Exercise> {
  return call<Exercise>(core, 'exercises.exercise.create', {
    typeId: RESCUE,
    level: 'commune',
    title: 'Diễn tập PCTT-TKCN phường Đức Xuân',
    plannedOn: '2026-08-15',
    ...values,
  });
}

describe('exercise types', () => {
  it('lists the four built-in types first, then the office’s own; retire hides, restore shows', async () => {
    const own = await call<ExerciseType>(core, 'exercises.type.create', { name: 'Diễn tập phòng không nhân dân' });
    let list = await call<ExerciseType[]>(core, 'exercises.type.list', {});
    expect(list.map((t) => t.builtin)).toEqual(['combat_defence', 'disaster_rescue', 'command_staff', 'other', null]);
    expect(list[4]?.name).toBe('Diễn tập phòng không nhân dân');
    const retired = await call<ExerciseType>(core, 'exercises.type.retire', { id: own.id, version: own.version });
    list = await call<ExerciseType[]>(core, 'exercises.type.list', {});
    expect(list).toHaveLength(4);
    await call(core, 'exercises.type.restore', { id: own.id, version: retired.version });
    expect(await call<ExerciseType[]>(core, 'exercises.type.list', {})).toHaveLength(5);
  });

  it('refuses a duplicate name (any case) and offers no retired type for a new exercise', async () => {
    const err = await refusal(core, 'exercises.type.create', { name: 'diễn tập khác' });
    expect(err.code).toBe('CONFLICT_EXERCISE_TYPE_NAME');
    const [, , , other] = await call<ExerciseType[]>(core, 'exercises.type.list', {});
    await call(core, 'exercises.type.retire', { id: other!.id, version: other!.version });
    const refused = await refusal(core, 'exercises.exercise.create', {
      typeId: other!.id,
      level: 'commune',
      title: 'X',
      plannedOn: '2026-08-15',
    });
    expect(refused.code).toBe('RULE_EXERCISE_TYPE_RETIRED');
  });
});

describe('exercises', () => {
  it('creates with units from the forces register, edits them and audits every change', async () => {
    const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    const platoon = await call<MilitiaUnit>(core, 'militia.unit.create', {
      force: 'militia',
      localityId: ward.id,
      name: 'Trung đội dân quân cơ động',
      level: 'platoon',
      component: 'mobile',
    });
    const reserve = await call<{ id: string }>(core, 'reserves.unit.create', { name: 'Đại đội 1', kind: 'combat' });
    const created = await exercise({
      localityId: ward.id,
      militiaCount: 30,
      policeCount: 5,
      leadBody: 'UBND phường Đức Xuân',
      militiaUnitIds: [platoon.id],
      reserveUnitIds: [reserve.id],
    });
    expect(created).toMatchObject({
      status: 'planned',
      localityName: 'Phường Đức Xuân',
      typeBuiltin: 'disaster_rescue',
      militiaCount: 30,
      policeCount: 5,
    });
    expect(created.units.map((u) => [u.kind, u.name])).toEqual([
      ['militia', 'Trung đội dân quân cơ động'],
      ['reserve', 'Đại đội 1'],
    ]);
    const updated = await call<Exercise>(core, 'exercises.exercise.update', {
      id: created.id,
      version: created.version,
      typeId: RESCUE,
      level: 'commune',
      title: created.title,
      localityId: ward.id,
      plannedOn: '2026-08-15',
      plannedUntil: '2026-08-16',
      militiaUnitIds: [platoon.id],
    });
    expect(updated.units.map((u) => u.name)).toEqual(['Trung đội dân quân cơ động']);
    expect(updated.units[0]?.id).toBe(created.units[0]?.id);
    const stale = await refusal(core, 'exercises.exercise.update', {
      id: created.id,
      version: created.version,
      typeId: RESCUE,
      level: 'commune',
      title: 'Y',
      plannedOn: '2026-08-15',
    });
    expect(stale.code).toBe('CONFLICT_VERSION');
    expect(auditFor(core.db, 'exercise', created.id).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses an unknown unit and a planned end before the start', async () => {
    const unknown = await refusal(core, 'exercises.exercise.create', {
      typeId: RESCUE,
      level: 'commune',
      title: 'X',
      plannedOn: '2026-08-15',
      militiaUnitIds: ['00000000-0000-4000-8000-0000000000ff'],
    });
    expect(unknown).toMatchObject({ code: 'RULE_EXERCISE_UNIT', fieldErrors: { militiaUnitIds: expect.any(String) } });
    const dates = await refusal(core, 'exercises.exercise.create', {
      typeId: RESCUE,
      level: 'commune',
      title: 'X',
      plannedOn: '2026-08-15',
      plannedUntil: '2026-08-14',
    });
    expect(dates).toMatchObject({
      code: 'RULE_EXERCISE_PLANNED_DATES',
      fieldErrors: { plannedUntil: expect.any(String) },
    });
  });

  it('moves planned → preparing → done with actual dates, rating and lessons; then refuses more', async () => {
    let e = await exercise();
    // Done straight from planned asks for the result first (steps-service.test.ts shows the one-step move).
    const skip = await refusal(core, 'exercises.exercise.transition', { id: e.id, version: e.version, to: 'done' });
    expect(skip.code).toBe('RULE_EXERCISE_DONE_FACTS');
    e = await call<Exercise>(core, 'exercises.exercise.transition', { id: e.id, version: e.version, to: 'preparing' });
    expect(e.status).toBe('preparing');
    const noRating = await refusal(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'done',
      startedOn: '2026-11-20',
      endedOn: '2026-11-21',
    });
    expect(noRating).toMatchObject({
      code: 'RULE_EXERCISE_DONE_FACTS',
      fieldErrors: { rating: 'Cần chọn kết quả đánh giá.' },
    });
    const future = await refusal(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'done',
      startedOn: '2026-11-27',
      endedOn: '2026-11-28',
      rating: 'good',
    });
    expect(future).toMatchObject({ code: 'RULE_EXERCISE_DONE_FACTS', fieldErrors: { endedOn: expect.any(String) } });
    e = await call<Exercise>(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'done',
      startedOn: '2026-11-26',
      endedOn: '2026-11-27',
      rating: 'excellent',
      lessons: 'Hiệp đồng tốt.',
    });
    expect(e).toMatchObject({
      status: 'done',
      startedOn: '2026-11-26',
      endedOn: '2026-11-27',
      rating: 'excellent',
      lessons: 'Hiệp đồng tốt.',
    });
    const again = await refusal(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'cancelled',
      cancelReason: 'x',
    });
    expect(again.code).toBe('RULE_EXERCISE_TRANSITION');
  });

  it('cancels only with a reason, and keeps it', async () => {
    let e = await exercise();
    const blank = await refusal(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'cancelled',
      cancelReason: '  ',
    });
    expect(blank).toMatchObject({
      code: 'RULE_EXERCISE_CANCEL_REASON',
      fieldErrors: { cancelReason: expect.any(String) },
    });
    e = await call<Exercise>(core, 'exercises.exercise.transition', {
      id: e.id,
      version: e.version,
      to: 'cancelled',
      cancelReason: 'Ảnh hưởng bão số 3',
    });
    expect(e).toMatchObject({ status: 'cancelled', cancelReason: 'Ảnh hưởng bão số 3' });
  });

  it('lists in planned-date order, paged, with filters by half-year, type and status', async () => {
    await exercise({ title: 'C', plannedOn: '2026-09-01' });
    await exercise({ title: 'A', plannedOn: '2026-06-30', typeId: COMBAT });
    await exercise({ title: 'B', plannedOn: '2026-07-01' });
    await exercise({ title: 'Z', plannedOn: '2025-12-31' });
    const all = await call<ExercisePage>(core, 'exercises.exercise.list', { page: 1, pageSize: 2 });
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.title)).toEqual(['Z', 'A']);
    const h1 = await call<ExercisePage>(core, 'exercises.exercise.list', { year: 2026, half: 1 });
    expect(h1.rows.map((r) => r.title)).toEqual(['A']);
    const h2 = await call<ExercisePage>(core, 'exercises.exercise.list', { year: 2026, half: 2 });
    expect(h2.rows.map((r) => r.title)).toEqual(['B', 'C']);
    const combat = await call<ExercisePage>(core, 'exercises.exercise.list', { typeId: COMBAT });
    expect(combat.rows.map((r) => r.title)).toEqual(['A']);
    const planned = await call<ExercisePage>(core, 'exercises.exercise.list', { status: 'planned', year: 2025 });
    expect(planned.rows.map((r) => r.title)).toEqual(['Z']);
  });

  it('shows the ward’s name as on the planned date, so an old exercise keeps the old name', async () => {
    const ward = await call<Locality>(core, 'localities.create', {
      name: 'Phường Minh Khai',
      kind: 'ward',
      validFrom: '2020-01-01',
    });
    const before = await exercise({ localityId: ward.id, plannedOn: '2025-06-30', title: 'Trước' });
    await call(core, 'localities.rename', {
      id: ward.id,
      version: ward.version,
      name: 'Phường Đức Xuân',
      effectiveOn: '2025-07-01',
    });
    const after = await exercise({ localityId: ward.id, plannedOn: '2025-07-01', title: 'Sau' });
    expect((await call<Exercise>(core, 'exercises.exercise.get', { id: before.id })).localityName).toBe(
      'Phường Minh Khai',
    );
    expect(after.localityName).toBe('Phường Đức Xuân');
  });

  it('adds and removes attachments by document number', async () => {
    const e = await exercise();
    const a = await call<{ id: string; version: number }>(core, 'exercises.attachment.add', {
      exerciseId: e.id,
      documentNumber: '15/KH-UBND',
      documentDate: '2026-07-01',
      summary: 'Kế hoạch diễn tập',
    });
    let got = await call<Exercise>(core, 'exercises.exercise.get', { id: e.id });
    expect(got.attachments.map((x) => x.documentNumber)).toEqual(['15/KH-UBND']);
    got = await call<Exercise>(core, 'exercises.attachment.remove', { id: a.id, version: a.version });
    expect(got.attachments).toEqual([]);
    expect(auditFor(core.db, 'exercise', e.id)).toHaveLength(3);
  });
});
