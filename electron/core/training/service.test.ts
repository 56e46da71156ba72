import { expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { person, unit, ward } from '../militia/test-fixtures';
import type {
  ParticipantAddResult,
  TrainingCourse,
  TrainingCoursePage,
  TrainingDayAttendance,
  TrainingFigures,
  TrainingParticipant,
} from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

/** A mobile platoon with one member, and a squad under it with two (one of whom left). */
async function platoonWithMembers() {
  const w = await ward(core);
  const platoon = await unit(core, { localityId: w.id, name: 'Trung đội cơ động' });
  const squad = await unit(core, { localityId: w.id, parentId: platoon.id, level: 'squad', name: 'Tiểu đội 1' });
  const people = [
    await person(core, 'An', '2000-01-01'),
    await person(core, 'Bình', '2001-02-02'),
    await person(core, 'Cường', '2002-03-03'),
    await person(core, 'Dũng', '2003-04-04'),
  ];
  const join = (p: { id: string }, unitId: string) =>
    call<{ id: string; version: number }>(core, 'militia.member.create', {
      personId: p.id,
      unitId,
      startedOn: '2025-01-10',
    });
  await join(people[0]!, platoon.id);
  await join(people[1]!, squad.id);
  const left = await join(people[2]!, squad.id);
  await call(core, 'militia.member.end', {
    id: left.id,
    version: left.version,
    endedOn: '2026-01-01',
    endReason: 'moved',
  });
  return { w, platoon, squad, people };
}

const create = (input: Record<string, unknown>) => call<TrainingCourse>(core, 'training.course.create', input);
const participants = (courseId: string) => call<TrainingParticipant[]>(core, 'training.participant.list', { courseId });

it('gives a first-year course of a standing militia unit 60 days, not 15 (Art. 28(1)(a) and (c))', async () => {
  const w = await ward(core);
  const standing = await unit(core, {
    localityId: w.id,
    level: 'squad',
    component: 'standing',
    name: 'Tiểu đội thường trực',
  });
  const course = await create({
    title: 'Huấn luyện dân quân thường trực năm thứ nhất',
    target: 'militia_first_year',
    militiaUnitId: standing.id,
    startsOn: '2026-03-02',
    endsOn: '2026-05-15',
  });
  expect(course).toMatchObject({ plannedDays: 60, defaultDays: 60 });
  const days = (input: Record<string, unknown>) =>
    call<{ plannedDays: number | null }>(core, 'training.defaultDays', input);
  expect(await days({ target: 'militia_first_year', militiaUnitId: standing.id })).toEqual({ plannedDays: 60 });
  expect(await days({ target: 'militia_first_year' })).toEqual({ plannedDays: 15 });
});

it('fills the planned days from Art. 28 and keeps a days figure the office typed', async () => {
  const { platoon } = await platoonWithMembers();
  const firstYear = await create({
    title: 'Huấn luyện dân quân năm thứ nhất',
    target: 'militia_first_year',
    militiaUnitId: platoon.id,
    startsOn: '2026-03-02',
    endsOn: '2026-03-20',
  });
  expect(firstYear).toMatchObject({ plannedDays: 15, status: 'planned', unitName: 'Trung đội cơ động' });
  const onTheSpot = await create({
    title: 'Dân quân tại chỗ',
    target: 'militia_component',
    component: 'on_the_spot',
    startsOn: '2026-04-01',
    endsOn: '2026-04-10',
  });
  expect(onTheSpot.plannedDays).toBe(7);
  const edited = await create({
    title: 'Dân quân cơ động',
    target: 'militia_component',
    component: 'mobile',
    startsOn: '2026-04-01',
    endsOn: '2026-04-10',
    plannedDays: 10,
  });
  expect(edited).toMatchObject({ plannedDays: 10, defaultDays: 12 });
  expect(auditFor(core.db, 'training_course', edited.id).map((r) => r.action)).toEqual(['create']);
});

it('refuses a staff course without days, a component course without a component, days beyond the dates', async () => {
  const base = { title: 'Khóa', startsOn: '2026-04-01', endsOn: '2026-04-05' };
  expect(await refusal(core, 'training.course.create', { ...base, target: 'staff' })).toMatchObject({
    code: 'VALIDATION_FAILED',
    fieldErrors: { plannedDays: expect.any(String) },
  });
  expect(await refusal(core, 'training.course.create', { ...base, target: 'militia_component' })).toMatchObject({
    code: 'RULE_TRAINING_TARGET',
    fieldErrors: { component: expect.any(String) },
  });
  expect(await refusal(core, 'training.course.create', { ...base, target: 'militia_first_year' })).toMatchObject({
    code: 'RULE_TRAINING_DATES',
    fieldErrors: { plannedDays: expect.any(String) },
  });
});

it('adds the active members of the unit and its sub-units once, and refuses a person already in', async () => {
  const { platoon, people } = await platoonWithMembers();
  const course = await create({
    title: 'Huấn luyện trung đội cơ động',
    target: 'militia_component',
    component: 'mobile',
    militiaUnitId: platoon.id,
    startsOn: '2026-05-04',
    endsOn: '2026-05-15',
  });
  const added = await call<ParticipantAddResult>(core, 'training.participant.addUnit', { courseId: course.id });
  expect(added).toEqual({ added: 2, skipped: 0 });
  expect((await participants(course.id)).map((p) => p.fullName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình']);
  expect(await call(core, 'training.participant.addUnit', { courseId: course.id })).toEqual({ added: 0, skipped: 2 });

  // A batch with someone already in adds nobody.
  expect(
    await refusal(core, 'training.participant.add', { courseId: course.id, personIds: [people[3]!.id, people[0]!.id] }),
  ).toMatchObject({ code: 'CONFLICT_TRAINING_PARTICIPANT', message: expect.stringContaining('Nguyễn Văn An') });
  expect(await participants(course.id)).toHaveLength(2);
  await call(core, 'training.participant.add', { courseId: course.id, personIds: [people[3]!.id] });
  const rows = await participants(course.id);
  expect(rows).toHaveLength(3);
  await call(core, 'training.participant.remove', { id: rows[2]!.id });
  expect(await participants(course.id)).toHaveLength(2);
});

it('works out the course figures from totals and results: 80 % attendance, 66.67 % good or better', async () => {
  const { people } = await platoonWithMembers();
  const course = await create({
    title: 'Năm thứ nhất',
    target: 'militia_first_year',
    startsOn: '2026-03-02',
    endsOn: '2026-03-20',
  });
  await call(core, 'training.participant.add', { courseId: course.id, personIds: people.slice(0, 3).map((p) => p.id) });
  const [a, b, c] = await participants(course.id);
  expect(
    await refusal(core, 'training.participant.setAttendance', {
      courseId: course.id,
      rows: [{ participantId: a!.id, attendedDays: 16 }],
    }),
  ).toMatchObject({ code: 'RULE_TRAINING_ATTENDANCE', fieldErrors: { 'rows.0.attendedDays': expect.any(String) } });
  await call(core, 'training.participant.setAttendance', {
    courseId: course.id,
    rows: [
      { participantId: a!.id, attendedDays: 15 },
      { participantId: b!.id, attendedDays: 12 },
      { participantId: c!.id, attendedDays: 9 },
    ],
  });
  await call(core, 'training.participant.setResult', {
    courseId: course.id,
    rows: [
      { participantId: a!.id, result: 'excellent' },
      { participantId: b!.id, result: 'good' },
      { participantId: c!.id, result: 'pass' },
    ],
  });
  const got = await call<TrainingCourse>(core, 'training.course.get', { id: course.id });
  expect(got).toMatchObject({ participants: 3, attendanceRate: 80, goodOrBetterRate: 66.67 });
  expect(got.figures).toMatchObject({ plannedPersonDays: 45, attendedPersonDays: 36, rated: 3, goodOrBetter: 2 });
  const page = await call<TrainingCoursePage>(core, 'training.course.list', { year: 2026 });
  expect(page.rows[0]).toMatchObject({ id: course.id, attendanceRate: 80, goodOrBetterRate: 66.67 });

  // The planned days cannot drop below a total already recorded.
  expect(
    await refusal(core, 'training.course.update', {
      id: course.id,
      version: got.version,
      title: got.title,
      target: got.target,
      startsOn: got.startsOn,
      endsOn: got.endsOn,
      plannedDays: 14,
    }),
  ).toMatchObject({ code: 'RULE_TRAINING_ATTENDANCE' });
});

it('counts present day marks over the total, within the course dates only', async () => {
  const { people } = await platoonWithMembers();
  const course = await create({
    title: 'Tại chỗ',
    target: 'militia_component',
    component: 'on_the_spot',
    startsOn: '2026-06-01',
    endsOn: '2026-06-03',
    plannedDays: 3,
  });
  await call(core, 'training.participant.add', { courseId: course.id, personIds: [people[0]!.id, people[1]!.id] });
  const [a, b] = await participants(course.id);
  await call(core, 'training.participant.setAttendance', {
    courseId: course.id,
    rows: [{ participantId: a!.id, attendedDays: 1 }],
  });
  const mark = (participantId: string, onDate: string, present: boolean | null) => ({ participantId, onDate, present });
  expect(
    await refusal(core, 'training.participant.setDayAttendance', {
      courseId: course.id,
      records: [mark(a!.id, '2026-06-04', true)],
    }),
  ).toMatchObject({ code: 'RULE_TRAINING_ATTENDANCE', fieldErrors: { 'records.0.onDate': expect.any(String) } });
  const rows = await call<TrainingParticipant[]>(core, 'training.participant.setDayAttendance', {
    courseId: course.id,
    records: [
      mark(a!.id, '2026-06-01', true),
      mark(a!.id, '2026-06-02', true),
      mark(a!.id, '2026-06-03', true),
      mark(b!.id, '2026-06-01', true),
      mark(b!.id, '2026-06-02', false),
      mark(b!.id, '2026-06-03', true),
    ],
  });
  expect(rows.map((r) => [r.enteredDays, r.dayMarks, r.attendedDays])).toEqual([
    [1, 3, 3],
    [null, 3, 2],
  ]);
  const got = await call<TrainingCourse>(core, 'training.course.get', { id: course.id });
  expect(got.attendanceRate).toBe(83.33);
  const days = await call<TrainingDayAttendance>(core, 'training.participant.dayAttendance', { courseId: course.id });
  expect(days.dates).toEqual(['2026-06-01', '2026-06-02', '2026-06-03']);
  expect(days.records).toHaveLength(6);
  // A total cannot be typed over the marks; clearing a mark counts again.
  expect(
    await refusal(core, 'training.participant.setAttendance', {
      courseId: course.id,
      rows: [{ participantId: b!.id, attendedDays: 3 }],
    }),
  ).toMatchObject({ code: 'RULE_TRAINING_ATTENDANCE' });
  await call(core, 'training.participant.setDayAttendance', {
    courseId: course.id,
    records: [mark(b!.id, '2026-06-02', null)],
  });
  expect((await participants(course.id))[1]).toMatchObject({ dayMarks: 2, attendedDays: 2 });
});

it('moves a course through its statuses and freezes a cancelled one', async () => {
  const { people } = await platoonWithMembers();
  const course = await create({
    title: 'Cán bộ',
    target: 'staff',
    startsOn: '2026-07-01',
    endsOn: '2026-07-03',
    plannedDays: 3,
  });
  expect(
    await refusal(core, 'training.course.transition', { id: course.id, version: course.version, to: 'done' }),
  ).toMatchObject({ code: 'RULE_TRAINING_STATUS' });
  const running = await call<TrainingCourse>(core, 'training.course.transition', {
    id: course.id,
    version: course.version,
    to: 'in_progress',
  });
  const cancelled = await call<TrainingCourse>(core, 'training.course.transition', {
    id: course.id,
    version: running.version,
    to: 'cancelled',
  });
  expect(cancelled.status).toBe('cancelled');
  expect(
    await refusal(core, 'training.participant.add', { courseId: course.id, personIds: [people[0]!.id] }),
  ).toMatchObject({ code: 'RULE_TRAINING_CLOSED' });
});

it('sums the half-year by start date, leaving cancelled courses out', async () => {
  const { people } = await platoonWithMembers();
  const ids = people.slice(0, 2).map((p) => p.id);
  const course = async (title: string, startsOn: string, endsOn: string, days: number[]) => {
    const c = await create({ title, target: 'staff', startsOn, endsOn, plannedDays: 10 });
    await call(core, 'training.participant.add', { courseId: c.id, personIds: ids });
    const rows = await participants(c.id);
    await call(core, 'training.participant.setAttendance', {
      courseId: c.id,
      rows: rows.map((r, i) => ({ participantId: r.id, attendedDays: days[i] })),
    });
    return c;
  };
  await course('Đầu năm', '2026-01-05', '2026-01-20', [10, 10]);
  // Starts on the last day of the first half, ends in the second: counts in the first.
  await course('Giữa năm', '2026-06-30', '2026-07-15', [5, 5]);
  await course('Cuối năm', '2026-07-01', '2026-07-20', [10, 0]);
  const dropped = await course('Hủy', '2026-02-01', '2026-02-20', [0, 0]);
  await call(core, 'training.course.transition', { id: dropped.id, version: dropped.version, to: 'cancelled' });

  const h1 = await call<TrainingFigures>(core, 'training.figures', { from: '2026-01-01', to: '2026-06-30' });
  expect(h1).toMatchObject({
    courses: 2,
    participants: 4,
    plannedPersonDays: 40,
    attendedPersonDays: 30,
    attendanceRate: 75,
    rated: 0,
    goodOrBetterRate: null,
  });
  expect(h1.perCourse.map((c) => [c.title, c.attendanceRate])).toEqual([
    ['Đầu năm', 100],
    ['Giữa năm', 50],
  ]);
  const h2 = await call<TrainingFigures>(core, 'training.figures', { from: '2026-07-01', to: '2026-12-31' });
  expect(h2).toMatchObject({ courses: 1, attendanceRate: 50 });
});

it('lists courses by year, target, status and title, newest first, paged in SQL', async () => {
  const make = (title: string, target: string, startsOn: string, endsOn: string) =>
    create({ title, target, startsOn, endsOn, plannedDays: 1 });
  await make('Cán bộ quý I', 'staff', '2026-02-02', '2026-02-03');
  const late = await make('Bồi dưỡng quốc phòng', 'defence_education', '2026-09-01', '2026-09-02');
  await make('Cán bộ năm trước', 'staff', '2025-05-05', '2025-05-06');
  const list = (input: Record<string, unknown>) => call<TrainingCoursePage>(core, 'training.course.list', input);
  expect((await list({ year: 2026 })).rows.map((r) => r.title)).toEqual(['Bồi dưỡng quốc phòng', 'Cán bộ quý I']);
  expect((await list({ target: 'staff' })).total).toBe(2);
  expect((await list({ search: 'quý' })).rows.map((r) => r.title)).toEqual(['Cán bộ quý I']);
  expect((await list({ search: '100%' })).total).toBe(0);
  // Typed without accents, as the people search and every picker take it (issue 19 §2).
  expect((await list({ search: 'CAN BO  QUY' })).rows.map((r) => r.title)).toEqual(['Cán bộ quý I']);
  expect((await list({ search: 'boi duong quoc phong' })).rows.map((r) => r.id)).toEqual([late.id]);
  const paged = await list({ pageSize: 2, page: 2 });
  expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2, rows: [{ title: 'Cán bộ năm trước' }] });
  await call(core, 'training.course.transition', { id: late.id, version: late.version, to: 'in_progress' });
  expect((await list({ status: 'in_progress' })).rows.map((r) => r.id)).toEqual([late.id]);
});

it('edits a course, refuses a stale version and "add the whole unit" without a unit', async () => {
  const course = await create({
    title: 'Cán bộ',
    target: 'staff',
    startsOn: '2026-07-01',
    endsOn: '2026-07-05',
    plannedDays: 3,
  });
  const edited = await call<TrainingCourse>(core, 'training.course.update', {
    id: course.id,
    version: course.version,
    title: 'Tập huấn cán bộ',
    target: 'staff',
    startsOn: '2026-07-01',
    endsOn: '2026-07-05',
    plannedDays: 5,
    place: 'Hội trường',
  });
  expect(edited).toMatchObject({ title: 'Tập huấn cán bộ', plannedDays: 5, place: 'Hội trường', version: 2 });
  expect(
    await refusal(core, 'training.course.update', {
      id: course.id,
      version: course.version,
      title: 'Cũ',
      target: 'staff',
      startsOn: '2026-07-01',
      endsOn: '2026-07-05',
      plannedDays: 5,
    }),
  ).toMatchObject({ code: 'CONFLICT_VERSION' });
  expect(await refusal(core, 'training.participant.addUnit', { courseId: course.id })).toMatchObject({
    code: 'RULE_TRAINING_TARGET',
  });
  expect(auditFor(core.db, 'training_course', course.id).map((r) => r.action)).toEqual(['create', 'update']);
});
