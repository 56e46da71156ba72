import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, createTestCore, refusal } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import type { Person } from '../people/schema';
import type { HandedOverConscript, Reservist, ReservistPage, Specialty } from './schema';
import { reservesFixture } from './test-fixtures';

let core: ReturnType<typeof createTestCore>;
let f: ReturnType<typeof reservesFixture>;

beforeEach(() => {
  core = createTestCore();
  f = reservesFixture(core);
});
afterEach(() => core.dispose());

const list = (input: Record<string, unknown> = {}) => call<ReservistPage>(core, 'reserves.reservist.list', input);
const names = async (input: Record<string, unknown> = {}) => (await list(input)).rows.map((r) => r.fullName);

describe('specialties (CNQS)', () => {
  it('keeps codes unique, lists by code and retires without losing history', async () => {
    const infantry = await f.specialty('101', 'Bộ binh');
    await f.specialty('051', 'Lái xe');
    expect(await refusal(core, 'reserves.specialty.create', { code: '101', name: 'Khác' })).toMatchObject({
      code: 'RESERVE_SPECIALTY_CODE_TAKEN',
      fieldErrors: { code: 'Mã chuyên nghiệp quân sự "101" đã có.' },
    });
    const renamed = await call<Specialty>(core, 'reserves.specialty.update', {
      id: infantry.id,
      version: infantry.version,
      code: '101',
      name: 'Bộ binh cơ giới',
    });
    expect(renamed.name).toBe('Bộ binh cơ giới');
    const retired = await call<Specialty>(core, 'reserves.specialty.retire', {
      id: renamed.id,
      version: renamed.version,
    });
    expect(retired.retiredOn).toBe('2026-11-27');
    expect((await call<Specialty[]>(core, 'reserves.specialty.list', {})).map((s) => s.code)).toEqual(['051']);
    expect(
      (await call<Specialty[]>(core, 'reserves.specialty.list', { includeRetired: true })).map((s) => s.code),
    ).toEqual(['051', '101']);
    // A retired code cannot be given to a new reservist.
    const person = await f.person('Lý Văn Bình', '1995-01-01');
    expect(
      await refusal(core, 'reserves.reservist.create', {
        personId: person.id,
        category: 'soldier',
        grade: 1,
        specialtyId: retired.id,
        registeredOn: '2026-01-01',
      }),
    ).toMatchObject({ fieldErrors: { specialtyId: 'Chuyên nghiệp quân sự này đã ngừng sử dụng.' } });
    const restored = await call<Specialty>(core, 'reserves.specialty.restore', {
      id: retired.id,
      version: retired.version,
    });
    expect(restored.retiredOn).toBeNull();
    expect(auditFor(core.db, 'military_specialty', infantry.id).map((a) => a.action)).toEqual([
      'create',
      'update',
      'retire',
      'restore',
    ]);
  });
});

describe('reservists', () => {
  it('registers one row per person with a rank fitting the category', async () => {
    const person = await f.person('Hoàng Văn An', '1994-05-02');
    const created = await f.reservist(person.id, { formerUnit: 'Trung đoàn 927', serviceFrom: '2013-02-20' });
    expect(created).toMatchObject({
      fullName: 'Hoàng Văn An',
      category: 'soldier',
      grade: 1,
      rank: 'private_1',
      formerUnit: 'Trung đoàn 927',
      age: 32,
      assignment: null,
      warnings: [],
    });
    expect(await f.reservist(person.id).catch((e: Error) => e.message)).toContain('RESERVIST_EXISTS');

    const other = await f.person('Nông Văn Ba', '1980-01-01');
    expect(
      await refusal(core, 'reserves.reservist.create', {
        personId: other.id,
        category: 'officer',
        grade: 1,
        rank: 'sergeant',
        registeredOn: '2020-01-01',
      }),
    ).toMatchObject({
      code: 'RULE_RESERVE_RANK',
      fieldErrors: { rank: 'Sĩ quan dự bị phải có cấp bậc sĩ quan (thiếu úy đến đại tá).' },
    });
    expect(
      await refusal(core, 'reserves.reservist.create', {
        personId: other.id,
        category: 'soldier',
        grade: 2,
        rank: 'captain',
        registeredOn: '2020-01-01',
      }),
    ).toMatchObject({ code: 'RULE_RESERVE_RANK' });
    const noRank = await f.reservist(other.id, { grade: 2, rank: null });
    expect(noRank.rank).toBeNull();
    const updated = await call<Reservist>(core, 'reserves.reservist.update', {
      id: noRank.id,
      version: noRank.version,
      category: 'officer',
      grade: 1,
      rank: 'major',
      registeredOn: '2020-01-01',
      serviceFrom: '2000-01-01',
      serviceTo: '1999-01-01',
    }).catch((e: Error) => e.message);
    expect(updated).toContain('Ngày xuất ngũ không được trước ngày nhập ngũ.');
  });

  it('edits a reservist and audits every change', async () => {
    const driver = await f.specialty('201', 'Lái xe');
    const r = await f.reservist((await f.person('Đinh Văn Lộc', '1993-07-07')).id);
    // A grade-1 soldier's form as saved from `version`, registered on `registeredOn`.
    const registration = (version: number, registeredOn: string) => ({
      id: r.id,
      version,
      category: 'soldier',
      grade: 1,
      registeredOn,
    });
    const edited = await call<Reservist>(core, 'reserves.reservist.update', {
      id: r.id,
      version: r.version,
      category: 'soldier',
      grade: 2,
      rank: 'corporal',
      specialtyId: driver.id,
      formerUnit: 'Lữ đoàn 164',
      serviceFrom: '2012-02-15',
      serviceTo: '2014-02-15',
      registeredOn: '2014-03-01',
      notes: 'Chuyển hạng theo quyết định',
    });
    expect(edited).toMatchObject({
      grade: 2,
      rank: 'corporal',
      specialtyCode: '201',
      specialtyName: 'Lái xe',
      serviceTo: '2014-02-15',
      version: 2,
    });
    expect(await refusal(core, 'reserves.reservist.update', registration(r.version, '2014-03-01'))).toMatchObject({
      code: 'CONFLICT_VERSION',
    });
    expect(await refusal(core, 'reserves.reservist.update', registration(edited.version, '2026-11-28'))).toMatchObject({
      fieldErrors: { registeredOn: 'Ngày không được sau hôm nay.' },
    });
    expect(auditFor(core.db, 'reservist', r.id).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses an archived person', async () => {
    const person = await f.person('Đàm Văn Cường', '1994-05-02');
    await call(core, 'people.archive', { id: person.id, version: person.version });
    expect(await f.reservist(person.id).catch((e: Error) => e.message)).toContain('RESERVE_PERSON_ARCHIVED');
  });

  it('flags a man past 45 for removal, by the same day as the list filter', async () => {
    // 46th birthday on 27/11/2026 (today) — flagged; the day after tomorrow's 46-year-old is not yet.
    const past = await f.reservist((await f.person('Triệu Văn Đông', '1980-11-27')).id);
    const notYet = await f.reservist((await f.person('Triệu Văn Hải', '1980-11-28')).id);
    expect(past.warnings).toEqual([
      {
        code: 'RULE_RESERVE_PAST_AGE_LIMIT',
        message:
          'Đã 46 tuổi, quá hạn tuổi phục vụ trong ngạch dự bị (45 tuổi đối với hạ sĩ quan, binh sĩ nam); đề nghị đưa ra khỏi danh sách.',
      },
    ]);
    expect(notYet.warnings).toEqual([]);
    expect(await names({ pastAgeLimit: true })).toEqual(['Triệu Văn Đông']);
    expect(await names({ pastAgeLimit: false })).toEqual(['Triệu Văn Hải']);
    const officer = await f.reservist((await f.person('Ma Văn Khánh', '1974-11-27')).id, {
      category: 'officer',
      rank: 'major',
    });
    expect(officer.warnings).toEqual([]);
    expect(await names({ pastAgeLimit: true })).toEqual(['Triệu Văn Đông']);
  });

  it('pages in Vietnamese name order and filters by every criterion', async () => {
    const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    const village = await call<Locality>(core, 'localities.create', {
      name: 'Tổ 7',
      kind: 'residential_group',
      parentId: ward.id,
    });
    const other = await call<Locality>(core, 'localities.create', { name: 'Xã Nông Thượng', kind: 'commune' });
    const infantry = await f.specialty('101', 'Bộ binh');
    const driver = await f.specialty('201', 'Lái xe');
    const a = await f.reservist((await f.person('Nguyễn Văn Ánh', '1995-03-01', 'M', village.id)).id, {
      specialtyId: infantry.id,
    });
    await f.reservist((await f.person('Trần Thị Anh', '1990-03-01', 'F', ward.id)).id, {
      grade: 2,
      specialtyId: driver.id,
    });
    await f.reservist((await f.person('Lê Văn Bảo', '1985-03-01', 'M', other.id)).id, {
      category: 'officer',
      rank: 'lieutenant',
    });
    await f.reservist((await f.person('Phạm Văn Ân', '2000-03-01', 'M', other.id)).id);
    // Letters before tones: Ánh (a-n-h) before Ân (â-n).
    expect(await names()).toEqual(['Trần Thị Anh', 'Nguyễn Văn Ánh', 'Phạm Văn Ân', 'Lê Văn Bảo']);
    const page2 = await list({ page: 2, pageSize: 3 });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.rows.map((r) => r.fullName)).toEqual(['Lê Văn Bảo']);
    expect(await names({ localityId: ward.id })).toEqual(['Trần Thị Anh', 'Nguyễn Văn Ánh']);
    expect(await names({ category: 'officer' })).toEqual(['Lê Văn Bảo']);
    expect(await names({ grade: 2 })).toEqual(['Trần Thị Anh']);
    expect(await names({ specialtyId: infantry.id })).toEqual(['Nguyễn Văn Ánh']);
    expect(await names({ search: 'nguyen anh' })).toEqual(['Nguyễn Văn Ánh']);
    // Ages on 27/11/2026: 31, 36, 41, 26.
    expect(await names({ ageFrom: 31, ageTo: 36 })).toEqual(['Trần Thị Anh', 'Nguyễn Văn Ánh']);
    expect(await names({ ageTo: 30 })).toEqual(['Phạm Văn Ân']);

    const unit = await f.unit('Đại đội 1', 'combat');
    const slot = await f.slot(unit.id, 'Xạ thủ', infantry.id, 5);
    expect((await f.assign(a.id, slot.id)).ok).toBe(true);
    expect(await names({ assigned: true })).toEqual(['Nguyễn Văn Ánh']);
    expect(await names({ assigned: false })).toEqual(['Trần Thị Anh', 'Phạm Văn Ân', 'Lê Văn Bảo']);
    expect(await names({ unitId: unit.id })).toEqual(['Nguyễn Văn Ánh']);
    expect(await names({ slotId: slot.id })).toEqual(['Nguyễn Văn Ánh']);
  });

  it('follows a corrected birth date and name through the copied sort keys', async () => {
    const person = await f.person('Hà Văn Zung', '1995-01-01');
    await f.reservist(person.id);
    await f.reservist((await f.person('Hà Văn Bình', '1995-01-01')).id);
    expect(await names()).toEqual(['Hà Văn Bình', 'Hà Văn Zung']);
    await call<Person>(core, 'people.update', {
      id: person.id,
      version: person.version,
      familyName: 'Hà',
      middleName: 'Văn',
      givenName: 'An',
      birthDate: '1978-01-01',
      sex: 'M',
    });
    expect(await names()).toEqual(['Hà Văn An', 'Hà Văn Bình']);
    expect(await names({ pastAgeLimit: true })).toEqual(['Hà Văn An']);
  });

  it('follows a move and an ended assignment through the copied locality and slot', async () => {
    const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    const commune = await call<Locality>(core, 'localities.create', { name: 'Xã Nông Thượng', kind: 'commune' });
    const infantry = await f.specialty('101', 'Bộ binh');
    const person = await f.person('Hà Văn Minh', '1995-01-01', 'M', ward.id);
    const r = await f.reservist(person.id, { specialtyId: infantry.id });
    const unit = await f.unit('Đại đội 1', 'combat');
    const slot = await f.slot(unit.id, 'Xạ thủ', infantry.id, 3);
    await f.assign(r.id, slot.id, '2026-03-01');
    expect(await names({ localityId: ward.id, unitId: unit.id })).toEqual(['Hà Văn Minh']);

    // Moving to the commune moves them in the filter too.
    await call<Person>(core, 'people.update', {
      id: person.id,
      version: person.version,
      familyName: 'Hà',
      middleName: 'Văn',
      givenName: 'Minh',
      birthDate: '1995-01-01',
      sex: 'M',
      localityId: commune.id,
    });
    expect(await names({ localityId: ward.id })).toEqual([]);
    expect(await names({ localityId: commune.id })).toEqual(['Hà Văn Minh']);

    // An ended assignment leaves them unassigned and out of the unit.
    const current = (await call<Reservist>(core, 'reserves.reservist.get', { id: r.id })).assignment!;
    await call(core, 'reserves.assignment.end', { id: current.id, version: current.version, endedOn: '2026-09-01' });
    expect(await names({ unitId: unit.id })).toEqual([]);
    expect(await names({ slotId: slot.id })).toEqual([]);
    expect(await names({ assigned: false })).toEqual(['Hà Văn Minh']);
  });

  it('removes with a reason, ending the current assignment, and restores', async () => {
    const infantry = await f.specialty('101', 'Bộ binh');
    const r = await f.reservist((await f.person('Vi Văn Tâm', '1996-02-02')).id, { specialtyId: infantry.id });
    const unit = await f.unit('Đại đội 1', 'combat');
    const slot = await f.slot(unit.id, 'Xạ thủ', infantry.id, 3);
    await f.assign(r.id, slot.id, '2026-03-01');
    const current = await call<Reservist>(core, 'reserves.reservist.get', { id: r.id });
    const removal = (removedOn: string) => ({
      id: r.id,
      version: current.version,
      removedOn,
      reason: 'Chuyển nơi cư trú',
    });
    expect(await refusal(core, 'reserves.reservist.remove', removal('2026-02-01'))).toMatchObject({
      fieldErrors: { removedOn: 'Ngày này không được trước ngày 01/03/2026.' },
    });
    expect(await refusal(core, 'reserves.reservist.remove', removal('2026-11-28'))).toMatchObject({
      fieldErrors: { removedOn: 'Ngày không được sau hôm nay.' },
    });
    const removed = await call<Reservist>(core, 'reserves.reservist.remove', removal('2026-11-01'));
    expect(removed).toMatchObject({ removedOn: '2026-11-01', removalReason: 'Chuyển nơi cư trú', assignment: null });
    expect(await names()).toEqual([]);
    expect(await names({ removed: true })).toEqual(['Vi Văn Tâm']);
    const units = await call<Array<{ assigned: number }>>(core, 'reserves.unit.list', {});
    expect(units[0]!.assigned).toBe(0);
    const restored = await call<Reservist>(core, 'reserves.reservist.restore', { id: r.id, version: removed.version });
    expect(restored).toMatchObject({ removedOn: null, removalReason: '', assignment: null });
  });
});

describe('reservist from a conscript', () => {
  async function handedOver(personId: string, state = 'handed_over') {
    const campaign = await call<{ id: string }>(core, 'conscription.campaign.create', {
      year: 2026,
      handoverStart: '2026-03-04',
      handoverEnd: '2026-03-06',
    });
    const id = crypto.randomUUID();
    core.db
      .prepare(
        `INSERT INTO conscription_records (id, person_id, campaign_id, state, state_since, handed_over_on, receiving_unit,
           created_at, updated_at, version) VALUES (?, ?, ?, ?, '2026-03-04', '2026-03-04', 'Sư đoàn 346', 'x', 'x', 1)`,
      )
      .run(id, personId, campaign.id, state);
    return id;
  }

  it('makes a grade-1 soldier with the receiving unit and handover day, once', async () => {
    const person = await f.person('Lường Văn Sơn', '2004-04-04');
    const recordId = await handedOver(person.id);
    const candidates = await call<{ rows: HandedOverConscript[]; total: number }>(
      core,
      'reserves.reservist.conscriptCandidates',
      {},
    );
    expect(candidates.rows).toEqual([
      expect.objectContaining({
        recordId,
        fullName: 'Lường Văn Sơn',
        campaignYear: 2026,
        receivingUnit: 'Sư đoàn 346',
      }),
    ]);
    const made = await call<Reservist>(core, 'reserves.reservist.fromConscript', { recordId, rank: 'private_1' });
    expect(made).toMatchObject({
      personId: person.id,
      category: 'soldier',
      grade: 1,
      rank: 'private_1',
      formerUnit: 'Sư đoàn 346',
      serviceFrom: '2026-03-04',
      registeredOn: '2026-11-27',
      sourceRecordId: recordId,
    });
    expect(await refusal(core, 'reserves.reservist.fromConscript', { recordId })).toMatchObject({
      code: 'RESERVIST_EXISTS',
    });
    expect((await call<{ total: number }>(core, 'reserves.reservist.conscriptCandidates', {})).total).toBe(0);
  });

  it('refuses a record that was not handed over', async () => {
    const person = await f.person('Lường Văn Hòa', '2004-04-04');
    const recordId = await handedOver(person.id, 'deferred');
    expect(await refusal(core, 'reserves.reservist.fromConscript', { recordId })).toMatchObject({
      code: 'RESERVE_RECORD_NOT_HANDED_OVER',
      message: 'Chỉ tạo quân nhân dự bị từ hồ sơ công dân đã giao quân (nhập ngũ).',
    });
  });
});

describe('reserve professional soldiers (QNCN dự bị)', () => {
  it('keeps them as their own category with QNCN ranks, their assignment ages and their age limit', async () => {
    const pro = async (name: string, birth: string, rank: string | null = 'captain') =>
      core.invoke('reserves.reservist.create', {
        personId: (await f.person(name, birth)).id,
        category: 'professional',
        grade: 1,
        rank,
        registeredOn: '2020-01-10',
      });
    expect(await pro('Nông Văn Tá', '1980-01-01', 'colonel')).toMatchObject({
      ok: false,
      error: { code: 'RULE_RESERVE_RANK' },
    });
    const forty = (await pro('Nông Văn Bốn', '1986-06-01')) as { ok: true; value: Reservist };
    const fortyOne = (await pro('Nông Văn Năm', '1985-06-01')) as { ok: true; value: Reservist };
    // Born 27/11/1973, a QNCN captain turns 53 today (27/11/2026), past the 52 of company grades; born 28/11/1974, 51.
    await pro('Nông Văn Sáu', '1973-11-27');
    await pro('Nông Văn Bảy', '1974-11-28');
    expect(forty.value).toMatchObject({ category: 'professional', rank: 'captain' });

    const combat = await f.unit('Đại đội bộ binh 1', 'combat');
    const slot = await f.slot(combat.id, 'Khẩu đội trưởng', (await f.specialty('101', 'Bộ binh')).id, 4);
    // On 01/06/2026 one turns 40 (allowed in a combat unit), the other 41 (refused).
    expect(await f.assign(forty.value.id, slot.id, '2026-06-01')).toMatchObject({ ok: true });
    expect(await f.assign(fortyOne.value.id, slot.id, '2026-06-01')).toMatchObject({
      ok: false,
      error: { code: 'RULE_RESERVE_ASSIGNMENT_AGE' },
    });

    expect(await names({ category: 'professional' })).toEqual([
      'Nông Văn Bảy',
      'Nông Văn Bốn',
      'Nông Văn Năm',
      'Nông Văn Sáu',
    ]);
    expect(await names({ category: 'professional', pastAgeLimit: true })).toEqual(['Nông Văn Sáu']);
    const summary = await call<{ totals: { professionals: number; soldiers: number; pastAgeLimit: number } }>(
      core,
      'reserves.summary',
      { asOf: '2026-11-27' },
    );
    expect(summary.totals).toMatchObject({ professionals: 4, soldiers: 0, pastAgeLimit: 1 });
  });
});
