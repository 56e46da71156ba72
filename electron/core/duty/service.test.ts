import { expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { person, unit, ward } from '../militia/test-fixtures';
import type { DutyCandidate, DutyFigures, DutyIncident, DutyShift, DutyShiftList, Patrol } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

const shift = (personId: string, startsAt: string, endsAt: string, role = 'member') =>
  call<DutyShift>(core, 'duty.shift.create', { personId, startsAt, endsAt, role });

it('keeps a roster: night shifts spill into the next day, and a month lists what overlaps it', async () => {
  const an = await person(core, 'An', '1990-01-01');
  const binh = await person(core, 'Bình', '1991-01-01', 'M', 'Trần');
  await shift(an.id, '2026-10-31T17:00', '2026-11-01T07:30', 'commander');
  await shift(binh.id, '2026-11-01T07:30', '2026-11-02T07:30', 'commander');
  await shift(an.id, '2026-11-01T07:30', '2026-11-01T17:00', 'duty_officer');
  await shift(an.id, '2026-11-30T17:00', '2026-12-01T07:30', 'member');

  const november = await call<DutyShiftList>(core, 'duty.shift.list', { year: 2026, month: 11 });
  expect(november.shifts.map((s) => [s.startsAt, s.personName, s.role])).toEqual([
    ['2026-10-31T17:00', 'Nguyễn Văn An', 'commander'],
    ['2026-11-01T07:30', 'Trần Văn Bình', 'commander'],
    ['2026-11-01T07:30', 'Nguyễn Văn An', 'duty_officer'],
    ['2026-11-30T17:00', 'Nguyễn Văn An', 'member'],
  ]);
  // 31 Oct's roster belongs to October; 30 Nov has a member but no commander.
  expect(november.warnings).toEqual([
    {
      day: '2026-11-30',
      code: 'RULE_DUTY_NO_COMMANDER',
      message: 'Ngày 30/11/2026 có người trực nhưng chưa có chỉ huy trực.',
    },
  ]);
  const day = await call<DutyShiftList>(core, 'duty.shift.list', { day: '2026-12-01' });
  expect(day.shifts.map((s) => s.startsAt)).toEqual(['2026-11-30T17:00']);
});

it('refuses one person on two overlapping shifts, but allows a handover at the same minute', async () => {
  const an = await person(core, 'An', '1990-01-01');
  const night = await shift(an.id, '2026-11-05T17:00', '2026-11-06T07:30');
  expect((await shift(an.id, '2026-11-06T07:30', '2026-11-06T17:00')).startsAt).toBe('2026-11-06T07:30');

  const clash = await core.invoke('duty.shift.create', {
    personId: an.id,
    startsAt: '2026-11-05T07:30',
    endsAt: '2026-11-05T17:01',
    role: 'member',
  });
  expect(clash).toMatchObject({
    ok: false,
    error: {
      code: 'RULE_DUTY_OVERLAP',
      fieldErrors: { startsAt: expect.stringContaining('từ 17:00 05/11/2026 đến 07:30 06/11/2026') },
    },
  });
  // Moving a shift over itself is no clash; moving it onto another is.
  const moved = await call<DutyShift>(core, 'duty.shift.update', {
    id: night.id,
    version: night.version,
    personId: an.id,
    startsAt: '2026-11-05T18:00',
    endsAt: '2026-11-06T07:30',
    role: 'commander',
  });
  expect(moved).toMatchObject({ version: 2, role: 'commander' });
  expect(
    await refusal(core, 'duty.shift.update', {
      id: moved.id,
      version: moved.version,
      personId: an.id,
      startsAt: moved.startsAt,
      endsAt: '2026-11-06T07:31',
      role: 'commander',
    }),
  ).toMatchObject({ code: 'RULE_DUTY_OVERLAP' });
  // Another person may share the hours.
  const binh = await person(core, 'Bình', '1991-01-01');
  expect((await shift(binh.id, '2026-11-05T17:00', '2026-11-06T07:30')).personId).toBe(binh.id);
});

it('refuses a backwards or over-long shift and a bad time, on the right field', async () => {
  const an = await person(core, 'An', '1990-01-01');
  const memberShift = (startsAt: string, endsAt: string) => ({ personId: an.id, startsAt, endsAt, role: 'member' });
  expect(await refusal(core, 'duty.shift.create', memberShift('2026-11-05T07:30', '2026-11-06T07:31'))).toMatchObject({
    code: 'RULE_DUTY_TOO_LONG',
    fieldErrors: { endsAt: expect.any(String) },
  });
  expect(await refusal(core, 'duty.shift.create', memberShift('2026-11-05T07:30', '2026-11-05T25:00'))).toMatchObject({
    code: 'VALIDATION_FAILED',
    fieldErrors: { endsAt: expect.any(String) },
  });
});

it('deletes with a version check and audits every change', async () => {
  const an = await person(core, 'An', '1990-01-01');
  const s = await shift(an.id, '2026-11-05T07:30', '2026-11-05T17:00');
  expect(await refusal(core, 'duty.shift.delete', { id: s.id, version: 9 })).toMatchObject({
    code: 'CONFLICT_VERSION',
  });
  await call(core, 'duty.shift.delete', { id: s.id, version: 1 });
  expect((await call<DutyShiftList>(core, 'duty.shift.list', { year: 2026, month: 11 })).shifts).toEqual([]);
  expect(auditFor(core.db, 'duty_shift', s.id).map((r) => r.action)).toEqual(['create', 'delete']);
});

it('logs incidents by month and patrols by month or year', async () => {
  const w = await ward(core);
  const incident = await call<DutyIncident>(core, 'duty.incident.create', {
    occurredAt: '2026-11-10T22:15',
    description: 'Cháy cỏ ven đồi',
    actionTaken: 'Dập lửa',
    reportedBy: 'Tổ trưởng',
  });
  await call(core, 'duty.incident.create', { occurredAt: '2026-12-01T00:00', description: 'Khác' });
  const updated = await call<DutyIncident>(core, 'duty.incident.update', {
    ...incident,
    actionTaken: 'Dập lửa, báo cáo cấp trên',
  });
  expect(updated).toMatchObject({ occurredAt: '2026-11-10T22:15', reportedBy: 'Tổ trưởng' });
  expect(updated.version).toBe(2);
  expect(await call<DutyIncident[]>(core, 'duty.incident.list', { year: 2026, month: 11 })).toEqual([updated]);

  const patrol = await call<Patrol>(core, 'duty.patrol.create', {
    onDate: '2026-11-14',
    startsAt: '22:00',
    endsAt: '02:00',
    area: 'Khu vực chợ',
    localityId: w.id,
    leader: 'Nguyễn Văn An',
    militiaCount: 6,
    policeCount: 2,
  });
  expect(patrol).toMatchObject({ localityName: 'Phường Đức Xuân', otherCount: 0, result: '' });
  await call(core, 'duty.patrol.create', { onDate: '2026-03-01', area: 'Bờ sông' });
  expect((await call<Patrol[]>(core, 'duty.patrol.list', { year: 2026, month: 11 })).map((p) => p.area)).toEqual([
    'Khu vực chợ',
  ]);
  expect((await call<Patrol[]>(core, 'duty.patrol.list', { year: 2026 })).map((p) => p.area)).toEqual([
    'Bờ sông',
    'Khu vực chợ',
  ]);
  expect(
    await refusal(core, 'duty.patrol.create', { onDate: '2026-11-14', area: 'X', startsAt: '7:30', militiaCount: -1 }),
  ).toMatchObject({ fieldErrors: { startsAt: expect.any(String), militiaCount: expect.any(String) } });
});

it('counts the figures of a range on a fixture with known answers', async () => {
  const an = await person(core, 'An', '1990-01-01');
  const binh = await person(core, 'Bình', '1991-01-01');
  // Duty days in [1 Nov, 30 Nov]: 1, 2 and 30 Nov (31 Oct's night shift started before the range).
  await shift(an.id, '2026-10-31T17:00', '2026-11-01T07:30', 'commander');
  await shift(an.id, '2026-11-01T07:30', '2026-11-01T17:00', 'commander');
  await shift(binh.id, '2026-11-01T07:30', '2026-11-02T07:30');
  await shift(an.id, '2026-11-02T07:30', '2026-11-03T07:30');
  await shift(binh.id, '2026-11-30T17:00', '2026-12-01T07:30');
  await call(core, 'duty.incident.create', { occurredAt: '2026-11-01T00:00', description: 'a' });
  await call(core, 'duty.incident.create', { occurredAt: '2026-11-30T23:59', description: 'b' });
  await call(core, 'duty.incident.create', { occurredAt: '2026-12-01T00:00', description: 'c' });
  await call(core, 'duty.patrol.create', { onDate: '2026-11-01', area: 'A', militiaCount: 5, policeCount: 2 });
  await call(core, 'duty.patrol.create', { onDate: '2026-11-30', area: 'B', militiaCount: 3, otherCount: 1 });
  await call(core, 'duty.patrol.create', { onDate: '2026-10-31', area: 'C', militiaCount: 9 });

  expect(await call<DutyFigures>(core, 'duty.figures', { from: '2026-11-01', to: '2026-11-30' })).toEqual({
    dutyDays: 3,
    shifts: 4,
    incidents: 2,
    patrols: 2,
    patrolPersonnel: 11,
  });
  expect(await call<DutyFigures>(core, 'duty.figures', { from: '2026-12-02', to: '2026-12-31' })).toEqual({
    dutyDays: 0,
    shifts: 0,
    incidents: 0,
    patrols: 0,
    patrolPersonnel: 0,
  });
});

it('offers the active staff and militia members as candidates', async () => {
  const w = await ward(core);
  const platoon = await unit(core, { name: 'Trung đội cơ động', localityId: w.id });
  const an = await person(core, 'An', '1990-01-01');
  const binh = await person(core, 'Bình', '2000-01-01');
  await call(core, 'staff.create', { personId: an.id, position: 'Chỉ huy trưởng' });
  await call(core, 'militia.member.create', {
    personId: binh.id,
    unitId: platoon.id,
    position: 'member',
    startedOn: '2025-01-01',
  });
  expect(await call<DutyCandidate[]>(core, 'duty.candidates', {})).toEqual([
    { personId: an.id, fullName: 'Nguyễn Văn An', group: 'staff', detail: 'Chỉ huy trưởng' },
    { personId: binh.id, fullName: 'Nguyễn Văn Bình', group: 'militia', detail: 'Trung đội cơ động' },
  ]);
});

it('copies last week to this week, skipping a copy that would clash', async () => {
  const an = await person(core, 'An', '1990-01-01');
  const binh = await person(core, 'Bình', '1991-01-01');
  await shift(an.id, '2026-11-09T07:30', '2026-11-10T07:30', 'commander');
  await shift(binh.id, '2026-11-15T17:00', '2026-11-16T07:30');
  await shift(binh.id, '2026-11-16T07:30', '2026-11-16T17:00'); // outside the week copied
  await shift(an.id, '2026-11-16T07:30', '2026-11-16T17:00'); // already on duty when the copy lands
  expect(await call(core, 'duty.shift.copy', { sourceFrom: '2026-11-09', targetFrom: '2026-11-16', days: 7 })).toEqual({
    created: 1,
    skipped: 1,
  });
  const week = await call<DutyShiftList>(core, 'duty.shift.list', { day: '2026-11-22' });
  expect(week.shifts.map((s) => [s.personName, s.startsAt, s.endsAt])).toEqual([
    ['Nguyễn Văn Bình', '2026-11-22T17:00', '2026-11-23T07:30'],
  ]);
  expect(
    await refusal(core, 'duty.shift.copy', { sourceFrom: '2026-11-09', targetFrom: '2026-11-15', days: 7 }),
  ).toMatchObject({ fieldErrors: { targetFrom: expect.any(String) } });
});
