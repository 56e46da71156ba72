/**
 * A small office for the tests of the militia, reservist and strength-summary documents, built
 * through the people and localities API plus plain INSERTs for the militia and reserve rows (the
 * services that own them are built separately).
 * Given names are chosen so a naive sort gets them wrong: Vietnamese order is
 * Anh, Ánh, Ân, Bảo, Dũng, Đức (letters before tones, a < ă < â, d < đ).
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '../../electron/core/app-core';
import { insertRow } from '../../electron/core/db/test-helpers';
import type { Locality } from '../../electron/core/localities/schema';
import { createLocality } from '../../electron/core/localities/test-steps';
import { setOffice } from '../../electron/core/office/test-steps';
import { createPerson } from '../../electron/core/people/test-steps';

const AT = '2026-01-01T00:00:00.000Z';

export interface ForcesFixture {
  ward: Locality;
  group7: Locality;
  commune: Locality;
  empty: Locality;
  platoon: string;
  squad1: string;
  squad2: string;
  communePlatoon: string;
  company: string;
  reservePlatoon: string;
  emptyReserveUnit: string;
}

/**
 * The militia roster's body as it must print, on paper and in the sheet alike: units in tree order,
 * members in Vietnamese name order within each, each unit's count, then the total.
 */
export const MILITIA_ROSTER_BODY = [
  'Trung đội dân quân cơ động',
  'Bùi Văn Đức',
  'Cộng: 1 người',
  'Trung đội dân quân cơ động – Tiểu đội 1',
  'Vũ Văn Anh',
  'Nguyễn Văn Ân',
  'Hoàng Văn Dũng',
  'Cộng: 3 người',
  'Trung đội dân quân cơ động – Tiểu đội 2',
  'Trần Thị Ánh',
  'Lê Văn Bảo',
  'Cộng: 2 người',
  'Trung đội dân quân thường trực',
  'Hà Văn Công',
  'Cộng: 1 người',
  'Tổng cộng: 7 người',
];

const person = (core: Core, fullName: string, birthDate: string, sex: 'M' | 'F', localityId: string) =>
  createPerson(core, fullName, { birthDate, sex, localityId });

function unit(
  core: Core,
  values: { parentId?: string; localityId: string; name: string; level: string; component: string },
) {
  const { parentId, localityId, name, level, component } = values;
  const row = { parent_id: parentId ?? null, locality_id: localityId, name, level, force: 'militia', component };
  return insertRow(core, 'militia_units', row, AT);
}

interface MembershipValues {
  position?: string;
  startedOn?: string;
  termEndsOn: string;
  extendedUntil?: string;
  party?: boolean;
  youth?: boolean;
  endedOn?: string;
}

function membership(core: Core, personId: string, unitId: string, v: MembershipValues) {
  core.db
    .prepare(
      `INSERT INTO militia_memberships (id, person_id, unit_id, position, started_on, term_ends_on, extended_until,
         party_member, youth_union, ended_on, end_reason, sort_given, sort_middle, sort_family, birth_date, sex,
         created_at, updated_at)
       SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, sort_given, sort_middle, sort_family, birth_date, sex, ?, ?
       FROM people WHERE id = ?`,
    )
    .run(
      randomUUID(),
      unitId,
      v.position ?? 'member',
      v.startedOn ?? '2024-03-01',
      v.termEndsOn,
      v.extendedUntil ?? null,
      v.party ? 1 : 0,
      v.youth ? 1 : 0,
      v.endedOn ?? null,
      v.endedOn ? 'moved' : null,
      AT,
      AT,
      personId,
    );
}

const specialty = (core: Core, code: string, name: string) =>
  insertRow(core, 'military_specialties', { code, name }, AT);

function reservist(
  core: Core,
  personId: string,
  v: { grade: 1 | 2; rank?: string; specialtyId?: string; formerUnit?: string; category?: string; removedOn?: string },
) {
  const id = randomUUID();
  core.db
    .prepare(
      `INSERT INTO reservists (id, person_id, category, grade, rank, specialty_id, former_unit, registered_on,
         removed_on, sort_given, sort_middle, sort_family, birth_date, sex, created_at, updated_at)
       SELECT ?, id, ?, ?, ?, ?, ?, '2025-07-01', ?, sort_given, sort_middle, sort_family, birth_date, sex, ?, ?
       FROM people WHERE id = ?`,
    )
    .run(
      id,
      v.category ?? 'soldier',
      v.grade,
      v.rank ?? null,
      v.specialtyId ?? null,
      v.formerUnit ?? '',
      v.removedOn ?? null,
      AT,
      AT,
      personId,
    );
  return id;
}

const reserveUnit = (core: Core, name: string, parentId: string | null, receiving = '') =>
  insertRow(core, 'reserve_units', { parent_id: parentId, name, kind: 'combat', receiving_unit: receiving }, AT);

let slotClock = 0;
function slot(core: Core, unitId: string, title: string, specialtyId: string, required: number) {
  // Slots print in the order they were set up.
  const at = `2026-01-01T00:00:${String(slotClock++).padStart(2, '0')}.000Z`;
  return insertRow(core, 'reserve_slots', { unit_id: unitId, title, specialty_id: specialtyId, required }, at);
}

function assign(core: Core, reservistId: string, slotId: string, endedOn: string | null = null) {
  const values = { reservist_id: reservistId, slot_id: slotId, assigned_on: '2025-09-01', ended_on: endedOn };
  insertRow(core, 'reserve_assignments', values, AT);
}

export async function buildForcesFixture(core: Core): Promise<ForcesFixture> {
  await setOffice(core);
  const locality = (name: string, kind: string, parentId: string | null = null) =>
    createLocality(core, name, kind, parentId);
  const ward = await locality('Phường Đức Xuân', 'ward');
  const group7 = await locality('Tổ 7', 'residential_group', ward.id);
  const commune = await locality('Xã Dương Quang', 'commune');
  const empty = await locality('Xã Xuất Hóa', 'commune');
  const population = core.db.prepare(
    `INSERT INTO locality_populations (id, locality_id, year, population, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  population.run(randomUUID(), ward.id, 2026, 10000, AT, AT);
  population.run(randomUUID(), commune.id, 2026, 5000, AT, AT);
  population.run(randomUUID(), commune.id, 2025, 2000, AT, AT);

  const platoon = unit(core, {
    localityId: ward.id,
    name: 'Trung đội dân quân cơ động',
    level: 'platoon',
    component: 'mobile',
  });
  const squad2 = unit(core, {
    parentId: platoon,
    localityId: ward.id,
    name: 'Tiểu đội 2',
    level: 'squad',
    component: 'mobile',
  });
  const squad1 = unit(core, {
    parentId: platoon,
    localityId: group7.id,
    name: 'Tiểu đội 1',
    level: 'squad',
    component: 'mobile',
  });
  const communePlatoon = unit(core, {
    localityId: commune.id,
    name: 'Trung đội dân quân thường trực',
    level: 'platoon',
    component: 'standing',
  });

  const anh = await person(core, 'Vũ Văn Anh', '2000-05-12', 'M', group7.id);
  const anhF = await person(core, 'Trần Thị Ánh', '2002-08-01', 'F', group7.id);
  const an = await person(core, 'Nguyễn Văn Ân', '1998-01-20', 'M', ward.id);
  const bao = await person(core, 'Lê Văn Bảo', '1999-11-30', 'M', ward.id);
  const dung = await person(core, 'Hoàng Văn Dũng', '2001-02-03', 'M', group7.id);
  const duc = await person(core, 'Bùi Văn Đức', '1990-06-15', 'M', ward.id);
  const cong = await person(core, 'Hà Văn Công', '2003-04-04', 'M', commune.id);
  const left = await person(core, 'Đào Văn Khải', '2000-01-01', 'M', ward.id);

  membership(core, dung.id, squad1, { termEndsOn: '2026-03-01', extendedUntil: '2027-03-01' });
  membership(core, anh.id, squad1, { position: 'unit_leader', termEndsOn: '2026-12-31' });
  membership(core, an.id, squad1, { termEndsOn: '2025-06-01', extendedUntil: '2026-06-01', party: true });
  membership(core, anhF.id, squad2, { termEndsOn: '2028-03-01', youth: true });
  membership(core, bao.id, squad2, { position: 'deputy_unit_leader', termEndsOn: '2027-01-01' });
  membership(core, duc.id, platoon, { position: 'unit_leader', termEndsOn: '2028-03-01', party: true });
  membership(core, cong.id, communePlatoon, { startedOn: '2025-03-01', termEndsOn: '2027-03-01' });
  membership(core, left.id, squad2, { termEndsOn: '2026-09-01', endedOn: '2025-10-01' });

  const infantry = specialty(core, '1231', 'Bộ binh');
  const driver = specialty(core, '4411', 'Lái xe');
  const company = reserveUnit(core, 'Đại đội 1', null, 'Trung đoàn 1');
  const reservePlatoon = reserveUnit(core, 'Trung đội 1', company);
  const emptyReserveUnit = reserveUnit(core, 'Đại đội 2', null);
  const commanderSlot = slot(core, company, 'Đại đội trưởng', infantry, 1);
  const riflemen = slot(core, reservePlatoon, 'Chiến sĩ bộ binh', infantry, 3);
  const drivers = slot(core, reservePlatoon, 'Lái xe', driver, 1);
  slot(core, emptyReserveUnit, 'Chiến sĩ', infantry, 5);

  const r = async (name: string, birth: string, v: Parameters<typeof reservist>[2], localityId = ward.id) =>
    reservist(core, (await person(core, name, birth, 'M', localityId)).id, v);
  const rDuc = await r('Mai Văn Đức', '1992-03-03', {
    grade: 1,
    rank: 'senior_lieutenant',
    category: 'officer',
    specialtyId: infantry,
    formerUnit: 'Sư đoàn 346',
  });
  const rAnhF = await r(
    'Phạm Văn Ánh',
    '1999-09-09',
    { grade: 1, rank: 'sergeant', specialtyId: infantry, formerUnit: 'Trung đoàn 246' },
    group7.id,
  );
  const rAnh = await r('Đỗ Văn Anh', '2000-10-10', { grade: 1, rank: 'corporal', specialtyId: driver });
  const rAn = await r('Lý Văn Ân', '1997-07-07', { grade: 1, rank: 'private_1', specialtyId: infantry });
  const rDung = await r('Ngô Văn Dũng', '1996-06-06', { grade: 2, specialtyId: driver }, commune.id);
  const rBao = await r('Hồ Văn Bảo', '1995-05-05', { grade: 2, specialtyId: driver }, commune.id);
  await r('Tạ Văn Hòa', '2001-01-01', { grade: 2 }, commune.id);
  const rGone = await r('Cao Văn Long', '1994-04-04', { grade: 1, specialtyId: infantry });
  // Removed from the register while still placed: counted nowhere.
  const rRemoved = await r('Đinh Văn Quý', '1990-02-02', { grade: 1, specialtyId: driver, removedOn: '2026-10-01' });

  assign(core, rDuc, commanderSlot);
  assign(core, rAnhF, riflemen);
  assign(core, rAnh, riflemen);
  assign(core, rAn, riflemen);
  assign(core, rDung, drivers);
  assign(core, rBao, drivers);
  assign(core, rGone, riflemen, '2026-05-01');
  assign(core, rRemoved, drivers);

  return {
    ward,
    group7,
    commune,
    empty,
    platoon,
    squad1,
    squad2,
    communePlatoon,
    company,
    reservePlatoon,
    emptyReserveUnit,
  };
}
