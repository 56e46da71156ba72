import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { createPerson } from './test-steps';
import type { PersonPage } from './schema';
import { rebuildPeopleSearch } from './search-index';

let core: TestCore;
useTestCore((c) => (core = c));

const names = async (search: string) =>
  (await call<PersonPage>(core, 'people.list', { search })).rows.map((p) => p.fullName);

it('finds by the beginning of any word, after every edit, and after a VACUUM and rebuild', async () => {
  const p = await createPerson(core, 'Nguyễn Đức Thắng', {
    birthDate: '2005-03-14',
    sex: 'M',
    citizenId: '006205001234',
  });
  expect(await names('ng du th')).toEqual(['Nguyễn Đức Thắng']);
  expect(await names('0062050')).toEqual(['Nguyễn Đức Thắng']);
  expect(await names('uc')).toEqual([]); // prefixes, not substrings in the middle of a word

  await call(core, 'people.update', {
    id: p.id,
    version: p.version,
    familyName: 'Nguyễn',
    middleName: 'Đức',
    givenName: 'Thành',
    birthDate: '2005-03-14',
    sex: 'M',
    citizenId: '006205001234',
    phone: '0912345678',
  });
  expect(await names('thang')).toEqual([]);
  expect(await names('thanh')).toEqual(['Nguyễn Đức Thành']);
  expect(await names('09123')).toEqual(['Nguyễn Đức Thành']);

  core.db.exec('VACUUM');
  rebuildPeopleSearch(core.db);
  expect(await names('nguyen thanh')).toEqual(['Nguyễn Đức Thành']);
});

it('treats quotes, stars and operators typed in the box as plain text', async () => {
  await createPerson(core, 'Lê Na', { birthDate: '2001-01-01', sex: 'F' });
  for (const odd of ['"na', 'na*', 'NOT na', 'le OR x', '(na)', 'na^', '-na']) {
    expect((await core.invoke('people.list', { search: odd })).ok, odd).toBe(true);
  }
  expect(await names('(le)')).toEqual(['Lê Na']);
});
