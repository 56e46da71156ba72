import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { createPerson } from './test-steps';
import type { Locality } from '../localities/schema';
import type { Person, PersonPage } from './schema';

let core: TestCore;
useTestCore((c) => (core = c));

let serial = 0;
function citizenId(birthDate: string, sex: 'M' | 'F'): string {
  const year = Number(birthDate.slice(0, 4));
  const digit = (Math.floor(year / 100) - 19) * 2 + (sex === 'F' ? 1 : 0);
  return `006${digit}${birthDate.slice(2, 4)}${String(++serial).padStart(6, '0')}`;
}

async function addPerson(fullName: string, birthDate: string, sex: 'M' | 'F', extra: Record<string, unknown> = {}) {
  const words = fullName.split(' ');
  return call<Person>(core, 'people.create', {
    familyName: words[0],
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1],
    birthDate,
    sex,
    citizenId: citizenId(birthDate, sex),
    ...extra,
  });
}

const names = (page: PersonPage) => page.rows.map((p) => p.fullName);

describe('people.list', () => {
  it('sorts by given name, then middle, then family name in Vietnamese order', async () => {
    for (const name of [
      'Nguyễn Văn Đức',
      'Trần Văn Dũng',
      'Lê Thị Ưng',
      'Phạm Thị Uyên',
      'Hà Văn An',
      'Bế Văn Ân',
      'Đặng Văn An',
      'Lê Ánh An',
      'Lê Anh An',
      'Mạc Văn Ơn',
      'Ma Văn On',
    ]) {
      await addPerson(name, '2000-01-01', name.includes('Thị') ? 'F' : 'M');
    }
    const page = await call<PersonPage>(core, 'people.list', { pageSize: 50 });
    expect(names(page)).toEqual([
      'Lê Anh An',
      'Lê Ánh An',
      'Đặng Văn An',
      'Hà Văn An',
      'Bế Văn Ân',
      'Trần Văn Dũng',
      'Nguyễn Văn Đức',
      'Ma Văn On',
      'Mạc Văn Ơn',
      'Phạm Thị Uyên',
      'Lê Thị Ưng',
    ]);
    const desc = await call<PersonPage>(core, 'people.list', { pageSize: 50, order: 'desc' });
    expect(names(desc)).toEqual([...names(page)].reverse());
  });

  it('finds people without diacritics or case, by any words of the name, and by citizen ID', async () => {
    const duc = await addPerson('Nguyễn Đức Thắng', '2004-02-03', 'M');
    await addPerson('Nguyễn Văn Dực', '2004-02-03', 'M');
    await addPerson('Trần Thị Thu', '2004-02-03', 'F');
    expect(names(await call(core, 'people.list', { search: 'nguyen duc thang' }))).toEqual(['Nguyễn Đức Thắng']);
    // Every typed word must appear somewhere in the name, in any order.
    expect(names(await call(core, 'people.list', { search: 'nguyen duc' }))).toEqual([
      'Nguyễn Văn Dực',
      'Nguyễn Đức Thắng',
    ]);
    expect(names(await call(core, 'people.list', { search: 'NGUYEN   thang' }))).toEqual(['Nguyễn Đức Thắng']);
    expect(names(await call(core, 'people.list', { search: 'ĐỨC thắng' }))).toEqual(['Nguyễn Đức Thắng']);
    expect(names(await call(core, 'people.list', { search: 'duc' }))).toEqual(['Nguyễn Văn Dực', 'Nguyễn Đức Thắng']);
    expect(names(await call(core, 'people.list', { search: duc.citizenId! }))).toEqual(['Nguyễn Đức Thắng']);
    expect(names(await call(core, 'people.list', { search: '100%_' }))).toEqual([]);
  });

  it('filters by locality (a ward includes its villages), sex and birth year range, and pages in SQL', async () => {
    const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    const village = await call<Locality>(core, 'localities.create', {
      name: 'Tổ 1',
      kind: 'residential_group',
      parentId: ward.id,
    });
    const other = await call<Locality>(core, 'localities.create', { name: 'Xã Dương Quang', kind: 'commune' });
    await addPerson('Hoàng Văn Bình', '2001-05-05', 'M', { localityId: village.id });
    await addPerson('Hoàng Thị Cúc', '2003-05-05', 'F', { localityId: ward.id });
    await addPerson('Hoàng Văn Dương', '2005-05-05', 'M', { localityId: other.id });
    expect(names(await call(core, 'people.list', { localityId: ward.id }))).toEqual([
      'Hoàng Văn Bình',
      'Hoàng Thị Cúc',
    ]);
    expect(names(await call(core, 'people.list', { sex: 'F' }))).toEqual(['Hoàng Thị Cúc']);
    expect(names(await call(core, 'people.list', { birthYearFrom: 2002, birthYearTo: 2005 }))).toEqual([
      'Hoàng Thị Cúc',
      'Hoàng Văn Dương',
    ]);
    const page2 = await call<PersonPage>(core, 'people.list', { page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(names(page2)).toEqual(['Hoàng Văn Dương']);
    expect(page2.rows[0]!.localityName).toBe('Xã Dương Quang');
    const inVillage = (await call<PersonPage>(core, 'people.list', { search: 'binh' })).rows[0]!;
    expect([inVillage.localityName, inVillage.localityParentName]).toEqual(['Tổ 1', 'Phường Đức Xuân']);
    const byLocality = await call<PersonPage>(core, 'people.list', { sort: 'locality' });
    expect(byLocality.rows.map((p) => p.localityName)).toEqual(['Phường Đức Xuân', 'Tổ 1', 'Xã Dương Quang']);
    expect(await refusal(core, 'people.list', { birthYearFrom: 2005, birthYearTo: 2001 })).toMatchObject({
      fieldErrors: { birthYearTo: expect.stringContaining('Năm sinh') },
    });
  });
});

describe('people.create / update / archive', () => {
  it('tidies name case, normalises the phone and keeps the record', async () => {
    const p = await createPerson(core, 'nguyễn ĐỨC thắng', {
      birthDate: '2005-03-14',
      sex: 'M',
      citizenId: '006205001234',
      phone: '091 234 5678',
    });
    expect(p).toMatchObject({ fullName: 'Nguyễn Đức Thắng', phone: '0912345678', version: 1, archivedAt: null });
  });

  it('refuses a second person with an existing citizen ID, naming who holds it', async () => {
    await addPerson('Trần Văn Hùng', '2003-07-08', 'M', { citizenId: '006203111111' });
    const input = { familyName: 'Lê', givenName: 'Nam', birthDate: '2003-01-01', sex: 'M', citizenId: '006203111111' };
    expect(await refusal(core, 'people.create', input)).toMatchObject({
      code: 'CONFLICT_CITIZEN_ID',
      fieldErrors: { citizenId: 'Số định danh này đã có ở công dân Trần Văn Hùng (sinh 08/07/2003).' },
    });
    expect(await call(core, 'people.checkCitizenId', { citizenId: '006203111111' })).toMatchObject({
      fullName: 'Trần Văn Hùng',
      archived: false,
    });
    expect(await call(core, 'people.checkCitizenId', { citizenId: '006203999999' })).toBeNull();
  });

  it('keeps a legacy 9-digit CMND: registered, refused twice, found by search, refused at 8 digits', async () => {
    const p = await createPerson(core, 'Hoàng Thị Mai', { birthDate: '1978-05-20', sex: 'F', citizenId: '095123456' });
    expect(p.citizenId).toBe('095123456');
    const again = { familyName: 'Lý', givenName: 'Hoa', birthDate: '1980-01-01', sex: 'F', citizenId: '095123456' };
    expect(await refusal(core, 'people.create', again)).toMatchObject({
      code: 'CONFLICT_CITIZEN_ID',
      fieldErrors: { citizenId: 'Số CMND này đã có ở công dân Hoàng Thị Mai (sinh 20/05/1978).' },
    });
    expect(await call(core, 'people.checkCitizenId', { citizenId: '095123456' })).toMatchObject({
      fullName: 'Hoàng Thị Mai',
    });
    expect(names(await call(core, 'people.list', { search: '095123456' }))).toEqual(['Hoàng Thị Mai']);
    expect(names(await call(core, 'people.list', { search: '0951' }))).toEqual(['Hoàng Thị Mai']);
    expect(await refusal(core, 'people.create', { ...again, citizenId: '09512345' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        citizenId: 'Số định danh cá nhân phải gồm đúng 12 chữ số (đang có 8); số CMND cũ thì gồm đúng 9 chữ số.',
      },
    });
  });

  it('refuses a birth date in the future', async () => {
    const input = { familyName: 'Lê', givenName: 'Nam', birthDate: '2026-11-28', sex: 'M' };
    expect(await refusal(core, 'people.create', input)).toMatchObject({
      fieldErrors: { birthDate: 'Ngày không được sau hôm nay.' },
    });
  });

  it('archives and restores (no delete), hiding archived people from the working list', async () => {
    const p = await addPerson('Vũ Văn Khoa', '2002-02-02', 'M');
    const archived = await call<Person>(core, 'people.archive', { id: p.id, version: p.version });
    expect((await call<PersonPage>(core, 'people.list', {})).total).toBe(0);
    expect(names(await call(core, 'people.list', { archived: true }))).toEqual(['Vũ Văn Khoa']);
    await call(core, 'people.restore', { id: p.id, version: archived.version });
    expect((await call<PersonPage>(core, 'people.list', {})).total).toBe(1);
  });

  it('refuses an edit made on a stale version', async () => {
    const p = await addPerson('Vũ Văn Khoa', '2002-02-02', 'M');
    const { id, version, familyName, middleName, givenName, birthDate, sex, citizenId } = p;
    const fresh = { id, version, familyName, middleName, givenName, birthDate, sex, citizenId };
    expect(await call<Person>(core, 'people.update', { ...fresh, phone: '0987654321' })).toMatchObject({ version: 2 });
    expect(
      await refusal(core, 'people.update', {
        id: p.id,
        version: p.version,
        familyName: 'Vũ',
        givenName: 'Khoa',
        birthDate: p.birthDate,
        sex: 'M',
      }),
    ).toMatchObject({ code: 'CONFLICT_VERSION' });
  });
});
