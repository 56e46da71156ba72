import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type { DqeduCourse, DqeduCoursePage, DqeduHeadcount, DqeduParticipant } from './public-types';
import { addAll, createCourse, markDone, people } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const count = (table: string) => (core.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('defence education courses and participants', () => {
  it('adds many participants in one go, each audited, and lists the course with its counts', async () => {
    const course = await createCourse(core, { startsOn: '2023-03-14', endsOn: '2023-03-17', plannedParticipants: 3 });
    const ids = await people(core, 3);
    const list = await addAll(core, course.id, ids);
    expect(list).toHaveLength(3);
    expect(list.every((p) => p.category === 'group4')).toBe(true);
    for (const p of list) expect(auditFor(core.db, 'defence_education_participant', p.id)[0]?.action).toBe('create');
    expect(auditFor(core.db, 'defence_education_course', course.id).map((a) => a.action)).toEqual(['create']);
    const page = await call<DqeduCoursePage>(core, 'defenceEducation.course.list', { year: 2023, category: 'group4' });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ participants: 3, passed: 0, certificates: 0, status: 'planned' });
    // Title, organiser and place found typed without accents (issue 19 §2).
    for (const search of ['boi duong kien thuc', 'ban chqs thanh pho', 'duc xuan']) {
      const found = await call<DqeduCoursePage>(core, 'defenceEducation.course.list', { search });
      expect(found.rows.map((r) => r.id)).toEqual([course.id]);
    }
  });

  it('refuses a participant recorded in another category, citing Art. 2 Decree 13/2014, and writes none of the batch', async () => {
    const course = await createCourse(core, { startsOn: '2023-03-14', endsOn: '2023-03-17' });
    const [a, b] = await people(core, 2);
    const err = await refusal(core, 'defenceEducation.participant.add', {
      courseId: course.id,
      rows: [
        { personId: a, category: 'group4' },
        { personId: b, category: 'group3', roleTitle: 'Trưởng phòng' },
      ],
    });
    expect(err.code).toBe('RULE_DQEDU_CATEGORY');
    expect(err.message).toContain('được ghi là Đối tượng 3, không thuộc đối tượng của khóa bồi dưỡng (Đối tượng 4)');
    expect(err.message).toContain(
      'Điều 2 Nghị định số 13/2014/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 139/2020/NĐ-CP)',
    );
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(['rows.1.category']);
    expect(count('defence_education_participants')).toBe(0);
    expect(
      core.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'defence_education_participant'`).get(),
    ).toEqual({ n: 0 });
  });

  it('refuses a person twice in one course: already in it, or chosen twice in one batch', async () => {
    const course = await createCourse(core, { startsOn: '2023-03-14', endsOn: '2023-03-17' });
    const [a, b] = await people(core, 2);
    await addAll(core, course.id, [a!]);
    const again = await refusal(core, 'defenceEducation.participant.add', {
      courseId: course.id,
      rows: [
        { personId: b, category: 'group4' },
        { personId: a, category: 'group4' },
      ],
    });
    expect(again.code).toBe('CONFLICT_DQEDU_PARTICIPANT');
    expect(again.message).toMatch(/^"Nguyễn Văn \S+" đã có trong danh sách học viên của khóa bồi dưỡng này\.$/);
    const twice = await refusal(core, 'defenceEducation.participant.add', {
      courseId: course.id,
      rows: [
        { personId: b, category: 'group4' },
        { personId: b, category: 'group4' },
      ],
    });
    expect(twice).toMatchObject({
      code: 'CONFLICT_DQEDU_PARTICIPANT',
      fieldErrors: { rows: 'Một người được chọn hai lần.' },
    });
    expect(count('defence_education_participants')).toBe(1);
  });

  it('records results and certificates only for a held course, a certificate only for who passed', async () => {
    const course = await createCourse(core, { startsOn: '2023-05-09', endsOn: '2023-05-12' });
    const list = await addAll(core, course.id, await people(core, 2));
    const early = await refusal(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [{ participantId: list[0]!.id, version: 1, result: 'good' }],
    });
    expect(early).toMatchObject({
      code: 'RULE_DQEDU_NOT_DONE',
      message: 'Chỉ ghi kết quả, giấy chứng nhận khi khóa bồi dưỡng đã thực hiện.',
    });
    await markDone(core, course);
    const failed = await refusal(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [
        { participantId: list[0]!.id, version: 1, result: 'good', certificateNo: '01/GCN' },
        { participantId: list[1]!.id, version: 1, result: 'fail', certificateNo: '02/GCN' },
      ],
    });
    expect(failed.code).toBe('RULE_DQEDU_CERTIFICATE');
    expect(failed.message).toBe(
      'Chỉ cấp giấy chứng nhận cho học viên hoàn thành chương trình (kết quả Giỏi, Khá, Đạt) — khoản 4 Điều 18 Luật Giáo dục quốc phòng và an ninh số 30/2013/QH13.',
    );
    // All or nothing: the first row's result was not kept either.
    const after = await call<DqeduParticipant[]>(core, 'defenceEducation.participant.list', { id: course.id });
    expect(after.map((p) => p.result)).toEqual([null, null]);

    const duplicate = await refusal(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [
        { participantId: list[0]!.id, version: 1, result: 'good', certificateNo: '01/GCN' },
        { participantId: list[1]!.id, version: 1, result: 'pass', certificateNo: '01/GCN' },
      ],
    });
    expect(duplicate.message).toBe('Số giấy chứng nhận "01/GCN" đã ghi cho học viên khác của khóa này.');

    const early2 = await refusal(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [
        {
          participantId: list[0]!.id,
          version: 1,
          result: 'pass',
          certificateNo: '01/GCN',
          certificateOn: '2023-05-10',
        },
      ],
    });
    expect(early2.message).toBe('Ngày cấp giấy chứng nhận không được trước ngày kết thúc khóa (12/05/2023).');

    const saved = await call<DqeduParticipant[]>(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [
        {
          participantId: list[0]!.id,
          version: 1,
          result: 'excellent',
          certificateNo: '01/GCN',
          certificateOn: '2023-05-12',
        },
        { participantId: list[1]!.id, version: 1, result: 'absent' },
      ],
    });
    expect(saved.map((p) => [p.result, p.certificateNo]).sort()).toEqual([
      ['absent', ''],
      ['excellent', '01/GCN'],
    ]);
    expect(auditFor(core.db, 'defence_education_participant', list[0]!.id).map((a) => a.action)).toEqual([
      'create',
      'update',
    ]);
  });

  it('refuses results sent at a participant version changed since, and keeps none of the batch', async () => {
    const course = await createCourse(core, { startsOn: '2023-05-09', endsOn: '2023-05-12' });
    const [a, b] = await addAll(core, course.id, await people(core, 2));
    await markDone(core, course);
    // Another officer records a's result first: a is at version 2.
    await call(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [{ participantId: a!.id, version: 1, result: 'good' }],
    });
    const stale = await refusal(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [
        { participantId: b!.id, version: 1, result: 'pass', certificateNo: '02/GCN' },
        { participantId: a!.id, version: 1, result: 'fail' },
      ],
    });
    expect(stale.code).toBe('CONFLICT_VERSION');
    const list = await call<DqeduParticipant[]>(core, 'defenceEducation.participant.list', { id: course.id });
    expect(list.find((p) => p.id === a!.id)).toMatchObject({ result: 'good', version: 2 });
    expect(list.find((p) => p.id === b!.id)).toMatchObject({ result: null, certificateNo: '', version: 1 });
    expect(auditFor(core.db, 'defence_education_participant', b!.id).map((x) => x.action)).toEqual(['create']);
  });

  it('removes a participant only at the version read, audited as a deletion', async () => {
    const course = await createCourse(core, { startsOn: '2023-05-09', endsOn: '2023-05-12' });
    const [p] = await addAll(core, course.id, await people(core, 1));
    await call(core, 'defenceEducation.participant.add', {
      courseId: course.id,
      rows: [{ personId: (await people(core, 1))[0], category: 'group4' }],
    });
    await markDone(core, course);
    await call(core, 'defenceEducation.participant.setResults', {
      courseId: course.id,
      rows: [{ participantId: p!.id, version: 1, result: 'pass' }],
    });
    const stale = await refusal(core, 'defenceEducation.participant.remove', { id: p!.id, version: 1 });
    expect(stale.code).toBe('CONFLICT_VERSION');
    expect(count('defence_education_participants')).toBe(2);
    expect(auditFor(core.db, 'defence_education_participant', p!.id).map((a) => a.action)).toEqual([
      'create',
      'update',
    ]);
    await call(core, 'defenceEducation.participant.remove', { id: p!.id, version: 2 });
    expect(count('defence_education_participants')).toBe(1);
    expect(auditFor(core.db, 'defence_education_participant', p!.id).map((a) => a.action)).toEqual([
      'create',
      'update',
      'delete',
    ]);
  });

  it('refuses a course marked held before its last day, and a plan dated after the course starts', async () => {
    const future = await createCourse(core, { startsOn: '2026-12-01', endsOn: '2026-12-04' });
    const err = await refusal(core, 'defenceEducation.course.setStatus', {
      id: future.id,
      version: future.version,
      status: 'done',
    });
    expect(err.message).toBe('Khóa bồi dưỡng chưa kết thúc (ngày kết thúc 04/12/2026); chưa ghi "Đã thực hiện".');
    const plan = await refusal(core, 'defenceEducation.course.create', {
      title: 'Lớp đối tượng 4',
      category: 'group4',
      organiser: 'Ban CHQS thành phố',
      startsOn: '2023-03-14',
      endsOn: '2023-03-17',
      plannedOn: '2023-03-20',
    });
    expect(plan.fieldErrors).toEqual({
      plannedOn: 'Ngày lập kế hoạch phải trước hoặc bằng ngày bắt đầu và không sau hôm nay.',
    });
    const before = await refusal(core, 'defenceEducation.course.create', {
      title: 'Lớp cũ',
      category: 'group4',
      organiser: 'Ban CHQS thị xã',
      startsOn: '2013-10-01',
      endsOn: '2013-10-04',
    });
    expect(before.code).toBe('RULE_DQEDU_CATEGORY_NOT_IN_FORCE');
  });

  it('keeps the category of a course with participants, and refuses a stale edit', async () => {
    const course = await createCourse(core, { startsOn: '2023-03-14', endsOn: '2023-03-17' });
    await addAll(core, course.id, await people(core, 1));
    const fields = {
      id: course.id,
      version: course.version,
      title: course.title,
      category: 'group3',
      organiser: course.organiser,
      place: course.place,
      startsOn: course.startsOn,
      endsOn: course.endsOn,
    };
    const locked = await refusal(core, 'defenceEducation.course.update', fields);
    expect(locked.fieldErrors).toEqual({ category: 'Khóa đã có học viên; không đổi đối tượng bồi dưỡng.' });
    const renamed = await call<DqeduCourse>(core, 'defenceEducation.course.update', {
      ...fields,
      category: 'group4',
      title: 'Lớp đối tượng 4 – đợt 1',
    });
    expect(renamed).toMatchObject({ title: 'Lớp đối tượng 4 – đợt 1', version: 2 });
    const stale = await refusal(core, 'defenceEducation.course.update', { ...fields, category: 'group4' });
    expect(stale.code).toBe('CONFLICT_VERSION');
    expect(auditFor(core.db, 'defence_education_course', course.id).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('keeps a cancelled course as it was', async () => {
    const course = await createCourse(core, { startsOn: '2023-03-14', endsOn: '2023-03-17' });
    const cancelled = await call<DqeduCourse>(core, 'defenceEducation.course.setStatus', {
      id: course.id,
      version: course.version,
      status: 'cancelled',
    });
    expect(cancelled.status).toBe('cancelled');
    const err = await refusal(core, 'defenceEducation.participant.add', {
      courseId: course.id,
      rows: [{ personId: (await people(core, 1))[0], category: 'group4' }],
    });
    expect(err.code).toBe('RULE_DQEDU_CLOSED');
  });
});

describe('headcounts', () => {
  it("sets, changes and clears a year's headcounts in one write, audited; refuses a negative count", async () => {
    const set = await call<DqeduHeadcount[]>(core, 'defenceEducation.headcount.set', {
      year: 2023,
      rows: [
        { category: 'group4', headcount: 350 },
        { category: 'elders', headcount: 12 },
      ],
    });
    expect(set.find((h) => h.category === 'group4')?.headcount).toBe(350);
    expect(set.find((h) => h.category === 'group3')?.headcount).toBeNull();
    const negative = await refusal(core, 'defenceEducation.headcount.set', {
      year: 2023,
      rows: [
        { category: 'group4', headcount: 340 },
        { category: 'elders', headcount: -1 },
      ],
    });
    expect(negative.fieldErrors).toEqual({ 'rows.1.headcount': 'Số người phải bồi dưỡng không được âm.' });
    const again = await call<DqeduHeadcount[]>(core, 'defenceEducation.headcount.list', { year: 2023 });
    expect(again.find((h) => h.category === 'group4')).toMatchObject({ headcount: 350, version: 1 });
    expect(again.find((h) => h.category === 'group3')).toMatchObject({ headcount: null, version: null });
    await call(core, 'defenceEducation.headcount.set', {
      year: 2023,
      rows: [
        { category: 'group4', version: 1, headcount: 340 },
        { category: 'elders', version: 1, headcount: null },
      ],
    });
    expect(count('defence_education_headcounts')).toBe(1);
    expect(headcountActions()).toEqual(['create', 'create', 'update', 'delete']);
  });

  it("refuses a headcount changed, entered or removed since it was read, and keeps another category's change", async () => {
    await call(core, 'defenceEducation.headcount.set', {
      year: 2023,
      rows: [
        { category: 'group4', headcount: 350 },
        { category: 'elders', headcount: 12 },
      ],
    });
    // Officer B changes the elders' figure; officer A, who read both at version 1, changes đối tượng 4 only.
    await call(core, 'defenceEducation.headcount.set', {
      year: 2023,
      rows: [{ category: 'elders', version: 1, headcount: 15 }],
    });
    await call(core, 'defenceEducation.headcount.set', {
      year: 2023,
      rows: [{ category: 'group4', version: 1, headcount: 340 }],
    });
    const list = await call<DqeduHeadcount[]>(core, 'defenceEducation.headcount.list', { year: 2023 });
    expect(list.filter((h) => h.headcount !== null).map((h) => [h.category, h.headcount, h.version])).toEqual([
      ['group4', 340, 2],
      ['elders', 15, 2],
    ]);
    const writes = headcountActions().length;
    for (const rows of [
      // A row changed since, even beside a current one: the whole batch is refused.
      [
        { category: 'group3', headcount: 20 },
        { category: 'elders', version: 1, headcount: 16 },
      ],
      // Cleared at a stale version; kept the same at a stale version.
      [{ category: 'elders', version: 1, headcount: null }],
      [{ category: 'elders', version: 1, headcount: 15 }],
      // Entered as new while someone has entered it; changed while nobody has.
      [{ category: 'group4', headcount: 300 }],
      [{ category: 'group3', version: 1, headcount: 20 }],
    ]) {
      const stale = await refusal(core, 'defenceEducation.headcount.set', { year: 2023, rows });
      expect(stale.code, JSON.stringify(rows)).toBe('CONFLICT_VERSION');
    }
    expect(await call(core, 'defenceEducation.headcount.list', { year: 2023 })).toEqual(list);
    expect(headcountActions()).toHaveLength(writes);
  });
});

function headcountActions(): string[] {
  return core.db
    .prepare(`SELECT action FROM audit_log WHERE entity = 'defence_education_headcount' ORDER BY seq`)
    .all()
    .map((r) => (r as { action: string }).action);
}
