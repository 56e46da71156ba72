import { expect, it } from 'vitest';
import { createCampaign, enrolInCampaign, examine, transition } from '../conscription/test-steps';
import { newId } from '../db/records';
import { call, insertRow, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { createLocality } from '../localities/test-steps';
import { createPerson } from '../people/test-steps';
import type { ServiceHistory } from './history';

let core: TestCore;
useTestCore((c) => (core = c));

/** Militia and reserve rows by plain SQL: the history reads the tables, whatever service wrote them. */
const insert = (table: string, row: Record<string, unknown>) => insertRow(core, table, row);

it('gathers conscription, militia, reserve and staff service in date order', async () => {
  const ward = await createLocality(core, 'Phường Đức Xuân');
  // The ward was renamed after the membership began: the history keeps the name of the time.
  await call(core, 'localities.rename', {
    id: ward.id,
    version: ward.version,
    name: 'Phường Bắc Kạn',
    effectiveOn: '2025-07-01',
  });
  const person = await createPerson(core, 'Nguyễn Văn An', { birthDate: '2000-05-01', sex: 'M', localityId: ward.id });
  const other = await createPerson(core, 'Trần Bình', { birthDate: '2001-01-01', sex: 'M' });

  // Conscription 2027: pool, exam class 2, then deferred under point d (a brother serving).
  const campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24', handoverEnd: '2027-02-25' });
  let record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-04-01' });
  record = await examine(core, record, '2026-11-10', 2);
  await transition(core, record, 'deferred', '2026-11-20', { legalPoint: 'd', deferralYear: 2027 });

  // Militia: a first term in a squad that ended, then a platoon leader now.
  const platoon = insert('militia_units', {
    locality_id: ward.id,
    name: 'Trung đội dân quân cơ động',
    level: 'platoon',
    force: 'militia',
    component: 'mobile',
  });
  const squad = insert('militia_units', {
    parent_id: platoon,
    locality_id: ward.id,
    name: 'Tiểu đội 1',
    level: 'squad',
    force: 'militia',
    component: 'on_the_spot',
  });
  const copy = { sort_given: 'an', sort_middle: 'van', sort_family: 'nguyen', birth_date: '2000-05-01', sex: 'M' };
  insert('militia_memberships', {
    person_id: person.id,
    unit_id: squad,
    position: 'member',
    started_on: '2019-03-01',
    term_ends_on: '2023-03-01',
    ended_on: '2023-03-01',
    end_reason: 'term_completed',
    ...copy,
  });
  insert('militia_memberships', {
    person_id: person.id,
    unit_id: platoon,
    position: 'unit_leader',
    started_on: '2025-09-01',
    term_ends_on: '2029-09-01',
    extended_until: null,
    party_member: 1,
    ...copy,
  });
  insert('militia_memberships', {
    person_id: other.id,
    unit_id: platoon,
    position: 'member',
    started_on: '2025-09-01',
    term_ends_on: '2029-09-01',
    ...copy,
  });

  // Reserve: registered 2024 as a grade-1 soldier, assigned to a combat slot.
  const specialty = insert('military_specialties', { code: '121', name: 'Bộ binh' });
  const reservist = insert('reservists', {
    person_id: person.id,
    category: 'soldier',
    grade: 1,
    rank: 'corporal',
    specialty_id: specialty,
    former_unit: 'Sư đoàn 346',
    service_from: '2022-02-15',
    service_to: '2024-02-15',
    registered_on: '2024-03-10',
    ...copy,
  });
  const unit = insert('reserve_units', { name: 'Đại đội 2', kind: 'combat', receiving_unit: 'Trung đoàn 750' });
  const slot = insert('reserve_slots', {
    unit_id: unit,
    title: 'Tiểu đội trưởng',
    specialty_id: specialty,
    required: 3,
  });
  insert('reserve_assignments', { reservist_id: reservist, slot_id: slot, assigned_on: '2024-06-01' });

  // Staff: an employee of the office since 2026.
  await call(core, 'staff.create', { personId: person.id, position: 'Nhân viên', startedOn: '2026-01-05' });

  const history = await call<ServiceHistory>(core, 'people.serviceHistory', { id: person.id });
  expect(history).toMatchObject({ personId: person.id, fullName: 'Nguyễn Văn An', birthDate: '2000-05-01' });
  expect(history.entries.map((e) => [e.kind, e.from])).toEqual([
    ['militia', '2019-03-01'],
    ['reservist', '2024-03-10'],
    ['reserve_assignment', '2024-06-01'],
    ['militia', '2025-09-01'],
    ['staff', '2026-01-05'],
    ['conscription', '2026-04-01'],
  ]);
  const [firstTerm, registration, assignment, leader, staff, conscription] = history.entries;
  expect(firstTerm).toMatchObject({
    unitName: 'Tiểu đội 1',
    unitLevel: 'squad',
    component: 'on_the_spot',
    force: 'militia',
    unitPlace: 'Phường Đức Xuân',
    position: 'member',
    termEndsOn: '2023-03-01',
    endedOn: '2023-03-01',
    endReason: 'term_completed',
  });
  expect(leader).toMatchObject({
    unitName: 'Trung đội dân quân cơ động',
    unitPlace: 'Phường Bắc Kạn',
    position: 'unit_leader',
    partyMember: true,
    endedOn: null,
    to: null,
  });
  expect(registration).toMatchObject({
    category: 'soldier',
    grade: 1,
    rank: 'corporal',
    specialtyCode: '121',
    specialtyName: 'Bộ binh',
    formerUnit: 'Sư đoàn 346',
    removedOn: null,
  });
  expect(assignment).toMatchObject({
    unitName: 'Đại đội 2',
    unitKind: 'combat',
    receivingUnit: 'Trung đoàn 750',
    slotTitle: 'Tiểu đội trưởng',
    assignedOn: '2024-06-01',
    endedOn: null,
  });
  expect(staff).toMatchObject({ position: 'Nhân viên', startedOn: '2026-01-05', endedOn: null });
  expect(conscription).toMatchObject({
    campaignYear: 2027,
    state: 'deferred',
    stateSince: '2026-11-20',
    healthClass: 2,
    legalPoint: { kind: 'deferral', point: 'd' },
    deferralYear: 2027,
    orderNumber: null,
    handedOverOn: null,
  });

  // The other member's history holds only his own row.
  const others = await call<ServiceHistory>(core, 'people.serviceHistory', { id: other.id });
  expect(others.entries.map((e) => e.kind)).toEqual(['militia']);
});

it('lists the training courses a person took part in, with the days attended and the result', async () => {
  const person = await createPerson(core, 'Phạm Văn Cường', { birthDate: '2001-01-01', sex: 'M' });
  const course = insert('training_courses', {
    title: 'Huấn luyện dân quân năm thứ nhất',
    target: 'militia_first_year',
    starts_on: '2026-03-02',
    ends_on: '2026-03-20',
    planned_days: 15,
    status: 'done',
  });
  insert('training_participants', { course_id: course, person_id: person.id, attended_days: 12, result: 'good' });
  const history = await call<ServiceHistory>(core, 'people.serviceHistory', { id: person.id });
  expect(history.entries).toEqual([
    expect.objectContaining({
      kind: 'training',
      from: '2026-03-02',
      to: '2026-03-20',
      courseId: course,
      courseTitle: 'Huấn luyện dân quân năm thứ nhất',
      target: 'militia_first_year',
      plannedDays: 15,
      attendedDays: 12,
      result: 'good',
    }),
  ]);
});

it('is empty for a person with no service and refuses an unknown id', async () => {
  const person = await createPerson(core, 'Lê Hoa', { birthDate: '1990-01-01', sex: 'F' });
  expect((await call<ServiceHistory>(core, 'people.serviceHistory', { id: person.id })).entries).toEqual([]);
  expect(await refusal(core, 'people.serviceHistory', { id: newId() })).toMatchObject({ code: 'NOT_FOUND' });
});
