/**
 * A small city office for the review-report tests, built through the API as the clerks do.
 * Made-up people. Known answers for the first half of 2023 (01/01–30/06):
 *   conscription 2023 (handover 14/02/2023): quota Đức Xuân 40 + 4, Phùng Chí Kiên 30 + 2 = 76;
 *     76 handed over (army 70, police 6), all class 1 except 16 class 2; 4 more examined class 4,
 *     3 of them deferred (point a); 1 exempted (point b) without an exam → examined 80, fit 76 = 95%;
 *   exercises planned in the half: 2 (PCTT-TKCN 10/04 done, rated "khá"; combat 30/06 still planned);
 *     planned for the second half: PCTT-TKCN in Đức Xuân 15/09, combat in Phùng Chí Kiên 20/10, each
 *     with its plan attached (34/KH-UBND of 12/06/2023, 41/KH-UBND of 20/06/2023: 2 plans in H1);
 *   training: one course 06/03–10/03, 5 days × 4 people, attended 5+5+4+2 = 16/20 = 80%,
 *     results giỏi, khá, đạt, không đạt → khá, giỏi 2/4 = 50%; a second course planned 07/08, entered
 *     on 20/06/2023 (its created_at set so: the test clock is in 2026);
 *   police notices: one received 30/06/2023 (a move away and a detention), one 01/07/2023 (a move in);
 *   militia on 30/06: 3 members in Đức Xuân (population 400 → 0,75%), 1 Party member → 33,33%;
 *   reserves on 30/06: 3 (grade 1: 2, grade 2: 1), 2 placed → 66,67%, 1 in its specialty → 50%;
 *   duty shifts starting 29/06 and 30/06, an incident on 30/06, one patrol on 30/06 (5 militia, 2 police); the 2024 campaign (handover 20/02/2024, quota 50);
 *   two males turning 17 in 2023, one registered on 10/04/2023 → 1/2.
 */
import type { Core } from '../app-core';
import type { Campaign } from '../conscription';
import type { ConscriptionRecordView } from '../conscription';
import * as steps from '../conscription/test-steps';
import { call } from '../db/test-helpers';
import { createLocality } from '../localities/test-steps';
import type { Exercise } from '../exercises';
import { exerciseTypeIds, holdExercise } from '../exercises/test-steps';
import { recordCourseResults } from '../training/test-steps';
import type { Locality } from '../localities';
import type { Person } from '../people';
import { citizenIdFor } from '../people/test-steps';
import { setOffice } from '../office/test-steps';
import type { ReserveSlot, ReserveUnit, Reservist, Specialty } from '../reserves';
import { nightWithIncidentAndPatrol } from '../duty/test-steps';

export interface ReviewFixture {
  ducXuan: Locality;
  phungChiKien: Locality;
  campaign: Campaign;
  nextCampaign: Campaign;
}

export async function buildReviewFixture(core: Core): Promise<ReviewFixture> {
  await setOffice(core);
  const ducXuan = await createLocality(core, 'Phường Đức Xuân');
  const phungChiKien = await createLocality(core, 'Phường Phùng Chí Kiên');
  let serial = 0;
  const person = (givenName: string, localityId: string, birthDate = '2004-05-01') =>
    call<Person>(core, 'people.create', {
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName,
      birthDate,
      sex: 'M',
      citizenId: citizenIdFor(birthDate, 'M', ++serial),
      localityId,
    });

  const campaign = await conscription(core, ducXuan, phungChiKien, person);
  const nextHandover = { year: 2024, handoverStart: '2024-02-20' };
  const nextCampaign = await steps.createCampaign(core, nextHandover, [
    { localityId: ducXuan.id, army: 50, police: 0 },
  ]);

  // Two males turning 17 in 2023; one registered for military service on 10/04/2023.
  await person('Mười Bảy', ducXuan.id, '2006-03-03');
  const registered = await person('Đăng Ký', phungChiKien.id, '2006-08-08');
  const registration = { personId: registered.id, state: 'first_registered', onDate: '2023-04-10' };
  await steps.enrolInCampaign(core, { campaignId: nextCampaign.id, ...registration });
  await exercises(core, ducXuan, phungChiKien);
  await training(core, ducXuan, person);
  const onDuty = await forces(core, ducXuan, person);
  // Two 24-hour shifts starting 29/06 and 30/06 (the second ends on 01/07: it counts where it starts).
  for (const [startsAt, endsAt] of [
    ['2023-06-29T07:00', '2023-06-30T07:00'],
    ['2023-06-30T07:00', '2023-07-01T07:00'],
  ])
    await call(core, 'duty.shift.create', { personId: onDuty, startsAt, endsAt, role: 'duty_officer' });
  await nightWithIncidentAndPatrol(core, '2023-06-30', ducXuan.id);
  await policeNotices(core);
  return { ducXuan, phungChiKien, campaign, nextCampaign };
}

/**
 * The first half-year's review report of `year`, created (its draft written from the figures) and
 * saved once with these sections' text, as the review screen does. Returns its id.
 */
export async function savedHalfYearReport(core: Core, year: number, sections: Record<string, string>) {
  const { report } = await call<{ report: { id: string; version: number } }>(core, 'reviews.report.create', {
    periodKind: 'h1',
    year,
  });
  await call(core, 'reviews.report.save', { id: report.id, version: report.version, sections });
  return report.id;
}

async function conscription(
  core: Core,
  ducXuan: Locality,
  phungChiKien: Locality,
  person: (name: string, localityId: string) => Promise<Person>,
): Promise<Campaign> {
  const campaign = await steps.createCampaign(core, { year: 2023, handoverStart: '2023-02-14' }, [
    { localityId: ducXuan.id, army: 40, police: 4 },
    { localityId: phungChiKien.id, army: 30, police: 2 },
  ]);
  const examined = async (i: number, localityId: string, healthClass: number) => {
    const p = await person(`Công dân ${i}`, localityId);
    const record = await steps.enrolInCampaign(core, { campaignId: campaign.id, personId: p.id, onDate: '2022-10-03' });
    return healthClass === 0 ? record : steps.examine(core, record, '2022-12-12', healthClass);
  };
  // 44 in Đức Xuân (40 army, 4 police), 32 in Phùng Chí Kiên (30 army, 2 police); every fifth (16) class 2.
  const fit: Array<{ record: ConscriptionRecordView; branch: 'army' | 'police' }> = [];
  for (let i = 0; i < 76; i++) {
    const local = i < 44 ? i : i - 44;
    const branch = (i < 44 ? local < 40 : local < 30) ? 'army' : 'police';
    const record = await examined(i + 1, i < 44 ? ducXuan.id : phungChiKien.id, i % 5 === 0 ? 2 : 1);
    fit.push({ record, branch });
  }
  const many = (records: ConscriptionRecordView[], to: string, extra: Record<string, unknown> = {}) =>
    steps.transitionMany(core, records, to, '2023-01-10', extra);
  let records = await many(
    fit.map((f) => f.record),
    'political_review_passed',
  );
  records = await many(records, 'official_list');
  records = await many(records, 'call_up_ordered', { onDate: '2023-01-20', ...steps.REPORT_AT_STADIUM });
  const branchOf = new Map(fit.map((f) => [f.record.id, f.branch]));
  for (const branch of ['army', 'police'] as const) {
    await many(
      records.filter((r) => branchOf.get(r.id) === branch),
      'handed_over',
      {
        onDate: '2023-02-14',
        branch,
        receivingUnit: branch === 'army' ? 'Sư đoàn 346' : 'Công an tỉnh Bắc Kạn',
      },
    );
  }
  for (let i = 0; i < 4; i++) {
    const record = await examined(100 + i, ducXuan.id, 4);
    if (i < 3) await steps.transition(core, record, 'deferred', '2022-12-20', { legalPoint: 'a', deferralYear: 2024 });
  }
  const exempt = await examined(200, phungChiKien.id, 0);
  await steps.transition(core, exempt, 'exempted', '2022-12-20', { legalPoint: 'b' });
  return call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id });
}

async function exercises(core: Core, ducXuan: Locality, phungChiKien: Locality): Promise<void> {
  const typeId = await exerciseTypeIds(core);
  const create = (builtin: string, title: string, localityId: string, plannedOn: string) =>
    call<Exercise>(core, 'exercises.exercise.create', {
      typeId: typeId(builtin),
      level: 'commune',
      title,
      localityId,
      plannedOn,
    });
  const held = await create(
    'disaster_rescue',
    'Diễn tập PCTT-TKCN phường Phùng Chí Kiên',
    phungChiKien.id,
    '2023-04-10',
  );
  await holdExercise(core, held, { startedOn: '2023-04-11', endedOn: '2023-04-12', rating: 'good' });
  await create('combat_defence', 'Diễn tập chiến đấu phòng thủ phường Đức Xuân', ducXuan.id, '2023-06-30');
  const later = [
    await create('disaster_rescue', 'Diễn tập PCTT-TKCN phường Đức Xuân', ducXuan.id, '2023-09-15'),
    await create(
      'combat_defence',
      'Diễn tập chiến đấu trong KVPT phường Phùng Chí Kiên',
      phungChiKien.id,
      '2023-10-20',
    ),
  ];
  // Entered in 2026 (the test clock) from the plans issued in June 2023: planned as of 30/06/2023.
  for (const [exercise, documentNumber, documentDate] of [
    [later[0]!, '34/KH-UBND', '2023-06-12'],
    [later[1]!, '41/KH-UBND', '2023-06-20'],
  ] as const)
    await call(core, 'exercises.attachment.add', { exerciseId: exercise.id, documentNumber, documentDate });
}

async function training(
  core: Core,
  ducXuan: Locality,
  person: (name: string, localityId: string, birthDate?: string) => Promise<Person>,
): Promise<void> {
  const course = await call<{ id: string }>(core, 'training.course.create', {
    title: 'Huấn luyện cán bộ Ban Chỉ huy quân sự năm 2023',
    target: 'staff',
    startsOn: '2023-03-06',
    endsOn: '2023-03-10',
    place: 'Hội trường Ban CHQS thành phố',
    plannedDays: 5,
  });
  const people: Person[] = [];
  for (const name of ['Học', 'Hành', 'Hiếu', 'Hòa']) people.push(await person(name, ducXuan.id, '1990-02-02'));
  const results = ['excellent', 'good', 'pass', 'fail'];
  const lines = [5, 5, 4, 2].map((attendedDays, i) => ({ personId: people[i]!.id, attendedDays, result: results[i]! }));
  await recordCourseResults(core, course.id, lines);
  const planned = await call<{ id: string }>(core, 'training.course.create', {
    title: 'Huấn luyện dân quân năm thứ nhất năm 2023',
    target: 'militia_first_year',
    startsOn: '2023-08-07',
    endsOn: '2023-08-25',
    place: 'Thao trường phường Đức Xuân',
  });
  // Entered on 20/06/2023 (the test clock is in 2026): planned as of the first half's end.
  core.db
    .prepare(`UPDATE training_courses SET created_at = ? WHERE id = ?`)
    .run('2023-06-20T03:00:00.000Z', planned.id);
}

/** Two notices of the commune police either side of 30/06/2023. */
async function policeNotices(core: Core): Promise<void> {
  const notice = (
    receivedOn: string,
    quarter: number,
    lines: Array<{ fullName: string; kind: string; eventOn: string }>,
  ) =>
    call(core, 'policeNotices.create', { year: 2023, quarter, receivedOn, sender: 'Công an phường Đức Xuân', lines });
  await notice('2023-06-30', 2, [
    { fullName: 'Trần Văn Chuyển', kind: 'moved_away', eventOn: '2023-05-10' },
    { fullName: 'Lê Văn Giữ', kind: 'detention', eventOn: '2023-06-02' },
  ]);
  await notice('2023-07-01', 2, [{ fullName: 'Phạm Văn Đến', kind: 'moved_in', eventOn: '2023-06-25' }]);
}

async function forces(
  core: Core,
  ducXuan: Locality,
  person: (name: string, localityId: string, birthDate?: string) => Promise<Person>,
): Promise<string> {
  await call(core, 'militia.population.set', { localityId: ducXuan.id, year: 2023, population: 400 });
  const platoon = await call<{ id: string }>(core, 'militia.unit.create', {
    name: 'Trung đội dân quân cơ động phường Đức Xuân',
    localityId: ducXuan.id,
    force: 'militia',
    level: 'platoon',
    component: 'mobile',
  });
  const members: Person[] = [];
  for (const [i, name] of ['Dân', 'Quân', 'Tự'].entries()) {
    const p = await person(name, ducXuan.id, '2000-03-03');
    members.push(p);
    await call(core, 'militia.member.create', {
      personId: p.id,
      unitId: platoon.id,
      startedOn: '2022-03-01',
      partyMember: i === 0,
    });
  }
  const rifle = await call<Specialty>(core, 'reserves.specialty.create', { code: '1001', name: 'Bộ binh' });
  const signals = await call<Specialty>(core, 'reserves.specialty.create', { code: '4001', name: 'Thông tin' });
  const company = await call<ReserveUnit>(core, 'reserves.unit.create', { name: 'Đại đội bộ binh 1', kind: 'combat' });
  const slot = await call<ReserveSlot>(core, 'reserves.slot.create', {
    unitId: company.id,
    title: 'Chiến sĩ bộ binh',
    specialtyId: rifle.id,
    required: 5,
  });
  const reservists: Reservist[] = [];
  for (const [i, name] of ['Bị', 'Động', 'Viên'].entries()) {
    const p = await person(name, ducXuan.id, '1995-04-04');
    reservists.push(
      await call<Reservist>(core, 'reserves.reservist.create', {
        personId: p.id,
        category: 'soldier',
        grade: i < 2 ? 1 : 2,
        rank: 'private_1',
        specialtyId: i === 0 ? rifle.id : signals.id,
        registeredOn: '2020-01-10',
      }),
    );
  }
  for (const r of reservists.slice(0, 2))
    await call(core, 'reserves.assignment.create', { reservistId: r.id, slotId: slot.id, assignedOn: '2023-03-01' });
  return members[0]!.id;
}
