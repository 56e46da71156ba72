/**
 * The fixed office the documents golden test prints from, built only through `core.invoke` (the API
 * a clerk's screens use; the common steps through the core tests' office steps, the test-steps.ts
 * modules), so it survives any reshuffle of the document code. Every date is fixed; names are
 * distinct so no list order hangs on a random id. Made-up people.
 *
 *   office: BAN CHQS THÀNH PHỐ BẮC KẠN, three signers (commander, political officer, deputy);
 *   localities: Phường Đức Xuân (with Tổ 7), Xã Dương Quang, populations for 2026;
 *   conscription 2026 (handover 24/02/2026): quotas, 6 citizens through exam, review, official list,
 *     call-up orders and handover (army and police), one left on the official list, 2 deferred,
 *     1 exempted; males born 2009 for the age-17 list, one of them first-registered (certificate);
 *   conscription 2027: two citizens past preliminary screening (the health-exam summons);
 *   militia: a mobile platoon with two squads in the ward, a standing platoon in the commune, members
 *     whose terms end in 2026 and later;
 *   reserves: specialties, a company with a platoon and slots, reservists grade 1 and 2, assignments;
 *   exercises: one planned with units and forces, one done with a rating and an attachment;
 *   training: a 5-day course with 4 participants, attendance and results;
 *   duty: November 2026 shifts (the roster), June 2026 shifts, an incident and a patrol;
 *   a half-year review report for the first half of 2026 with saved text.
 */
import type { Core } from '../../electron/core/app-core';
import {
  createCampaign,
  enrolInCampaign,
  examine,
  REPORT_AT_STADIUM,
  transition,
  transitionMany,
} from '../../electron/core/conscription/test-steps';
import { call } from '../../electron/core/db/test-helpers';
import { exerciseTypeIds, holdExercise } from '../../electron/core/exercises/test-steps';
import { createLocality } from '../../electron/core/localities/test-steps';
import { BAC_KAN_CITY_OFFICE, setOffice } from '../../electron/core/office/test-steps';
import { citizenIdFor, createPerson } from '../../electron/core/people/test-steps';
import { recordCourseResults } from '../../electron/core/training/test-steps';
import { nightWithIncidentAndPatrol } from '../../electron/core/duty/test-steps';
import { savedHalfYearReport } from '../../electron/core/reviews/test-fixture';

type Row = { id: string; version: number };
type RecordRow = Row & { state: string };

export interface GoldenOffice {
  ward: string;
  commune: string;
  campaign: string;
  /** The 2027 campaign: a first registration and citizens summoned to the health exam. */
  nextCampaign: string;
  mobilePlatoon: string;
  reserveCompany: string;
  plannedExercise: string;
  doneExercise: string;
  course: string;
  review: string;
}

interface PersonValues {
  birthDate: string;
  sex?: 'M' | 'F';
  localityId: string;
  citizenId?: string;
  address?: string;
  ethnicity?: string;
  religion?: string;
  education?: string;
  occupation?: string;
}

export async function buildGoldenOffice(core: Core): Promise<GoldenOffice> {
  await setOffice(core, {
    ...BAC_KAN_CITY_OFFICE,
    signers: [
      ...BAC_KAN_CITY_OFFICE.signers,
      { role: 'political_officer', title: 'CHÍNH TRỊ VIÊN', rank: 'Trung tá', name: 'Lương Thị Hạnh' },
      { role: 'deputy', title: 'PHÓ CHỈ HUY TRƯỞNG', name: 'Đặng Văn Toàn' },
    ],
  });
  const ward = (await createLocality(core, 'Phường Đức Xuân')).id;
  const group7 = (await createLocality(core, 'Tổ 7', 'residential_group', ward)).id;
  const commune = (await createLocality(core, 'Xã Dương Quang', 'commune')).id;
  await call(core, 'militia.population.set', { localityId: ward, year: 2026, population: 10_000 });
  await call(core, 'militia.population.set', { localityId: commune, year: 2026, population: 5_000 });

  const person = async (fullName: string, v: PersonValues) =>
    (await createPerson(core, fullName, { sex: 'M', ...v })).id;

  const { campaign, nextCampaign } = await conscription(core, { ward, group7, commune }, person);
  const forces = await militiaAndReserves(core, { ward, group7, commune }, person);
  const exercises = await drills(core, { ward, commune }, forces);
  const course = await training(core, forces.people);
  await duty(core, { ward }, forces.people);
  await equipment(core, forces.mobilePlatoon);

  const review = await savedHalfYearReport(core, 2026, {
    situation: 'Tình hình chính trị, an ninh trật tự trên địa bàn thành phố ổn định.',
    readiness: 'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực phòng không.',
  });

  return {
    ward,
    commune,
    campaign,
    nextCampaign,
    mobilePlatoon: forces.mobilePlatoon,
    reserveCompany: forces.reserveCompany,
    plannedExercise: exercises.planned,
    doneExercise: exercises.done,
    course,
    review,
  };
}

type PersonFn = (fullName: string, v: PersonValues) => Promise<string>;

/** The weapons book: received in September 2026 (after the review's first half), part issued to the mobile platoon. */
async function equipment(core: Core, platoon: string): Promise<void> {
  const kinds = await call<Array<{ id: string; name: string }>>(core, 'equipment.kinds.list', {});
  const kind = (name: string) => kinds.find((k) => k.name === name)!.id;
  const receipt = [
    ...['AK-0001', 'AK-0002', 'AK-0003', 'AK-0004'].map((serial) => ({ kindId: kind('Súng tiểu liên AK'), serial })),
    { kindId: kind('Máy thông tin'), serial: 'VTĐ-01' },
    { kindId: kind('Áo phao'), quantity: 30 },
    { kindId: kind('Đạn các loại'), quantity: 1200 },
  ];
  await call(core, 'equipment.movement.create', { kind: 'receive', movedOn: '2026-09-15', lines: receipt });
  await call(core, 'equipment.movement.create', {
    kind: 'issue',
    movedOn: '2026-09-20',
    unitId: platoon,
    lines: [
      { kindId: kind('Súng tiểu liên AK'), serial: 'AK-0001' },
      { kindId: kind('Súng tiểu liên AK'), serial: 'AK-0002' },
      { kindId: kind('Áo phao'), quantity: 10 },
    ],
  });
}

async function conscription(
  core: Core,
  places: { ward: string; group7: string; commune: string },
  person: PersonFn,
): Promise<{ campaign: string; nextCampaign: string }> {
  const campaign = await createCampaign(core, { year: 2026, handoverStart: '2026-02-24' }, [
    { localityId: places.ward, army: 3, police: 1 },
    { localityId: places.commune, army: 2, police: 0 },
  ]);
  let serial = 0;
  const enrol = async (fullName: string, birthDate: string, localityId: string, healthClass: number | null) => {
    const citizenId = citizenIdFor(birthDate, 'M', ++serial);
    const id = await person(fullName, {
      birthDate,
      localityId,
      citizenId,
      address: `Số ${serial * 3} đường Trường Chinh`,
      ethnicity: serial % 3 === 0 ? 'Tày' : 'Kinh',
      religion: serial % 4 === 0 ? 'Phật giáo' : '',
      education: '12/12',
      occupation: 'Lao động tự do',
    });
    const record = await enrolInCampaign(core, { campaignId: campaign.id, personId: id, onDate: '2025-10-01' });
    return healthClass === null ? record : examine(core, record, '2025-12-10', healthClass);
  };
  const many = (records: RecordRow[], to: string, extra: Record<string, unknown> = {}) =>
    transitionMany(core, records, to, '2026-01-10', extra);

  // Names a naive sort gets wrong: Vietnamese order is Anh, Ánh, Ân, Bảo, Dũng, Đức.
  const fit = [
    await enrol('Nguyễn Đức Anh', '2006-06-01', places.ward, 1),
    await enrol('Lê Văn Ánh', '2004-04-01', places.group7, 2),
    await enrol('Phạm Văn Ân', '2005-02-11', places.ward, 1),
    await enrol('Trần Văn Ước', '2005-05-01', places.commune, 2),
    await enrol('Vũ Văn Bảo', '2003-09-09', places.commune, 1),
    await enrol('Hà Văn Dũng', '2007-01-15', places.group7, 3),
    await enrol('Đỗ Văn Đức', '2006-12-30', places.ward, 1),
  ];
  let records = await many(fit, 'political_review_passed');
  records = await many(records, 'official_list');
  // Đỗ Văn Đức stays on the official list without an order.
  const ordered = await many(records.slice(0, 6), 'call_up_ordered', {
    onDate: '2026-01-25',
    reportDate: '2026-02-24',
    ...REPORT_AT_STADIUM,
  });
  await many([ordered[0]!, ordered[1]!, ordered[3]!, ordered[4]!], 'handed_over', {
    onDate: '2026-02-24',
    branch: 'army',
    receivingUnit: 'Sư đoàn 346',
  });
  await many([ordered[2]!], 'handed_over', {
    onDate: '2026-02-24',
    branch: 'police',
    receivingUnit: 'Công an tỉnh Bắc Kạn',
  });

  for (const [name, birthDate, localityId] of [
    ['Lý Văn Cường', '2005-03-03', places.ward],
    ['Mai Văn Giang', '2006-07-07', places.commune],
  ] as const) {
    const record = await enrol(name, birthDate, localityId, 4);
    await transition(core, record, 'deferred', '2025-12-20', { legalPoint: 'a', deferralYear: 2027 });
  }
  const exempt = await enrol('Tạ Văn Hòa', '2004-11-11', places.group7, null);
  await transition(core, exempt, 'exempted', '2025-12-20', { legalPoint: 'b' });

  // Males turning 17 in 2026 (born 2009), one registered for military service; a girl who is not listed.
  await person('Hồ Văn Khang', { birthDate: '2009-03-03', localityId: places.ward, address: 'Tổ 2' });
  const registered = await person('Bùi Văn Lâm', { birthDate: '2009-08-08', localityId: places.commune });
  await person('Cao Thị Mai', { birthDate: '2009-05-05', sex: 'F', localityId: places.ward });
  const next = await createCampaign(core, { year: 2027, handoverStart: '2027-02-22' }, [
    { localityId: places.ward, army: 4, police: 0 },
  ]);
  const registration = { personId: registered, state: 'first_registered', onDate: '2026-04-10' };
  await call(core, 'conscription.record.create', {
    campaignId: next.id,
    ...registration,
    registrationCertificate: '125/2026',
  });
  // Two citizens past preliminary screening for 2027, summoned to the health exam.
  for (const [fullName, birthDate, localityId] of [
    ['Chu Văn Nam', '2007-10-10', places.ward],
    ['Lò Văn Phúc', '2008-01-20', places.commune],
  ] as const) {
    const id = await person(fullName, {
      birthDate,
      localityId,
      citizenId: citizenIdFor(birthDate, 'M', 50 + ++serial),
    });
    const record = await enrolInCampaign(core, { campaignId: next.id, personId: id, onDate: '2026-09-01' });
    await transition(core, record, 'screening_passed', '2026-10-20');
  }
  return { campaign: campaign.id, nextCampaign: next.id };
}

async function militiaAndReserves(
  core: Core,
  places: { ward: string; group7: string; commune: string },
  person: PersonFn,
) {
  const unit = (values: Record<string, unknown>) =>
    call<Row>(core, 'militia.unit.create', { force: 'militia', ...values }).then((u) => u.id);
  const mobilePlatoon = await unit({
    name: 'Trung đội dân quân cơ động',
    localityId: places.ward,
    level: 'platoon',
    component: 'mobile',
  });
  const squad1 = await unit({
    parentId: mobilePlatoon,
    name: 'Tiểu đội 1',
    localityId: places.ward,
    level: 'squad',
    component: 'mobile',
  });
  const squad2 = await unit({
    parentId: mobilePlatoon,
    name: 'Tiểu đội 2',
    localityId: places.ward,
    level: 'squad',
    component: 'mobile',
  });
  const standingPlatoon = await unit({
    name: 'Trung đội dân quân thường trực',
    localityId: places.commune,
    level: 'platoon',
    component: 'standing',
  });

  const member = async (
    fullName: string,
    birthDate: string,
    sex: 'M' | 'F',
    localityId: string,
    values: Record<string, unknown>,
  ) => {
    const personId = await person(fullName, { birthDate, sex, localityId });
    await call(core, 'militia.member.create', { personId, ...values });
    return personId;
  };
  const people = [
    await member('Bùi Văn Đông', '1990-06-15', 'M', places.ward, {
      unitId: mobilePlatoon,
      position: 'unit_leader',
      startedOn: '2023-03-01',
      partyMember: true,
    }),
    await member('Vũ Văn An', '2000-05-12', 'M', places.group7, {
      unitId: squad1,
      position: 'unit_leader',
      startedOn: '2022-03-01',
      youthUnion: true,
    }),
    await member('Trần Thị Ánh Tuyết', '2002-08-01', 'F', places.group7, {
      unitId: squad1,
      startedOn: '2024-03-01',
      youthUnion: true,
    }),
    await member('Lê Văn Bình', '1999-11-30', 'M', places.ward, {
      unitId: squad2,
      position: 'deputy_unit_leader',
      startedOn: '2022-09-01',
    }),
    await member('Hoàng Văn Chiến', '2001-02-03', 'M', places.ward, { unitId: squad2, startedOn: '2025-03-01' }),
    await member('Hà Văn Công', '2003-04-04', 'M', places.commune, {
      unitId: standingPlatoon,
      startedOn: '2024-06-01',
      partyMember: true,
    }),
  ];

  const specialty = (code: string, name: string) =>
    call<Row>(core, 'reserves.specialty.create', { code, name }).then((s) => s.id);
  const infantry = await specialty('1231', 'Bộ binh');
  const driver = await specialty('4411', 'Lái xe');
  const reserveCompany = (
    await call<Row>(core, 'reserves.unit.create', { name: 'Đại đội 1', kind: 'combat', receivingUnit: 'Trung đoàn 1' })
  ).id;
  const reservePlatoon = (
    await call<Row>(core, 'reserves.unit.create', { name: 'Trung đội 1', kind: 'combat', parentId: reserveCompany })
  ).id;
  const slot = (unitId: string, title: string, specialtyId: string, required: number) =>
    call<Row>(core, 'reserves.slot.create', { unitId, title, specialtyId, required }).then((s) => s.id);
  const commanderSlot = await slot(reserveCompany, 'Đại đội trưởng', infantry, 1);
  const riflemen = await slot(reservePlatoon, 'Chiến sĩ bộ binh', infantry, 3);
  const drivers = await slot(reservePlatoon, 'Lái xe', driver, 2);

  const reservist = async (
    fullName: string,
    birthDate: string,
    localityId: string,
    values: Record<string, unknown>,
  ): Promise<string> => {
    const personId = await person(fullName, { birthDate, localityId });
    const created = await call<Row>(core, 'reserves.reservist.create', {
      personId,
      category: 'soldier',
      registeredOn: '2025-07-01',
      ...values,
    });
    return created.id;
  };
  const assign = (reservistId: string, slotId: string) =>
    call(core, 'reserves.assignment.create', { reservistId, slotId, assignedOn: '2025-09-01' });
  await assign(
    await reservist('Mai Văn Đạt', '1992-03-03', places.ward, {
      grade: 1,
      category: 'officer',
      rank: 'senior_lieutenant',
      specialtyId: infantry,
      formerUnit: 'Sư đoàn 346',
    }),
    commanderSlot,
  );
  await assign(
    await reservist('Phạm Văn Ánh', '1999-09-09', places.group7, {
      grade: 1,
      rank: 'sergeant',
      specialtyId: infantry,
      formerUnit: 'Trung đoàn 246',
    }),
    riflemen,
  );
  await assign(
    await reservist('Đỗ Văn Anh', '2000-10-10', places.ward, { grade: 1, rank: 'corporal', specialtyId: driver }),
    riflemen,
  );
  await assign(
    await reservist('Ngô Văn Dương', '1996-06-06', places.commune, {
      grade: 2,
      rank: 'private_1',
      specialtyId: driver,
    }),
    drivers,
  );
  await reservist('Tô Văn Hải', '2001-01-01', places.commune, { grade: 2 });
  return { mobilePlatoon, standingPlatoon, reserveCompany, reservePlatoon, people };
}

async function drills(
  core: Core,
  places: { ward: string; commune: string },
  forces: { mobilePlatoon: string; standingPlatoon: string; reserveCompany: string },
) {
  const typeId = await exerciseTypeIds(core);
  const planned = await call<Row>(core, 'exercises.exercise.create', {
    typeId: typeId('combat_defence'),
    level: 'commune',
    title: 'Diễn tập chiến đấu phòng thủ xã Dương Quang năm 2026',
    localityId: places.commune,
    plannedOn: '2026-12-10',
    plannedUntil: '2026-12-12',
    leadBody: 'UBND xã Dương Quang',
    directingOfficer: 'Chủ tịch UBND xã',
    militiaCount: 40,
    reservistCount: 20,
    policeCount: 8,
    otherCount: 4,
    scenario: 'Địch đổ bộ đường không xuống khu vực đồi Nà Cù',
    militiaUnitIds: [forces.standingPlatoon],
    reserveUnitIds: [forces.reserveCompany],
  });
  const held = await call<Row>(core, 'exercises.exercise.create', {
    typeId: typeId('disaster_rescue'),
    level: 'commune',
    title: 'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn phường Đức Xuân năm 2026',
    localityId: places.ward,
    plannedOn: '2026-04-10',
    plannedUntil: '2026-04-11',
    leadBody: 'UBND phường Đức Xuân',
    directingOfficer: 'Chủ tịch UBND phường',
    militiaCount: 45,
    reservistCount: 30,
    policeCount: 10,
    otherCount: 5,
    scenario: 'Mưa lớn gây sạt lở đất tại tổ 7',
    militiaUnitIds: [forces.mobilePlatoon],
    reserveUnitIds: [forces.reserveCompany],
  });
  await call(core, 'exercises.attachment.add', {
    exerciseId: held.id,
    documentNumber: '12/KH-BCH',
    documentDate: '2026-03-01',
    summary: 'Kế hoạch diễn tập',
  });
  await holdExercise(core, held, {
    startedOn: '2026-04-10',
    endedOn: '2026-04-11',
    rating: 'excellent',
    lessons: 'Hiệp đồng giữa các lực lượng cần chặt chẽ hơn',
  });
  // Planned for the review period and not yet held.
  await call(core, 'exercises.exercise.create', {
    typeId: typeId('combat_defence'),
    level: 'commune',
    title: 'Diễn tập chiến đấu trong khu vực phòng thủ phường Đức Xuân',
    localityId: places.ward,
    plannedOn: '2026-06-25',
  });
  return { planned: planned.id, done: held.id };
}

async function training(core: Core, people: string[]): Promise<string> {
  const course = await call<Row>(core, 'training.course.create', {
    title: 'Huấn luyện cán bộ dân quân năm 2026',
    target: 'staff',
    startsOn: '2026-03-02',
    endsOn: '2026-03-06',
    place: 'Hội trường Ban CHQS thành phố',
    plannedDays: 5,
  });
  const chosen = people.slice(0, 4);
  const results = ['excellent', 'good', 'pass', 'fail'];
  const lines = [5, 5, 4, 2].map((attendedDays, i) => ({ personId: chosen[i]!, attendedDays, result: results[i]! }));
  await recordCourseResults(core, course.id, lines);
  return course.id;
}

async function duty(core: Core, places: { ward: string }, people: string[]): Promise<void> {
  const shift = (personId: string, startsAt: string, endsAt: string, role: string) =>
    call(core, 'duty.shift.create', { personId, startsAt, endsAt, role });
  const [p0, p1, p2, p3, p4] = people as [string, string, string, string, string];
  // November 2026: Monday 2nd (a 24-hour shift), Saturday 28th (two shifts); October's last shift is not listed.
  await shift(p0, '2026-11-02T07:00', '2026-11-03T07:00', 'commander');
  await shift(p1, '2026-11-02T07:00', '2026-11-03T07:00', 'duty_officer');
  await shift(p2, '2026-11-02T07:00', '2026-11-03T07:00', 'member');
  await shift(p3, '2026-11-02T07:00', '2026-11-03T07:00', 'member');
  await shift(p4, '2026-11-28T07:00', '2026-11-28T19:00', 'commander');
  await shift(p3, '2026-11-28T19:00', '2026-11-29T07:00', 'member');
  await shift(p0, '2026-10-31T07:00', '2026-11-01T07:00', 'commander');
  // The review period: two June shifts, an incident and a patrol.
  await shift(p1, '2026-06-29T07:00', '2026-06-30T07:00', 'duty_officer');
  await shift(p2, '2026-06-30T07:00', '2026-07-01T07:00', 'duty_officer');
  await nightWithIncidentAndPatrol(core, '2026-06-30', places.ward);
}
