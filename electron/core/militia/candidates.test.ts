import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Locality } from '../localities';
import type { Person } from '../people';
import type { MilitiaCandidatePage } from './public-types';
import { ward, wardWithUnits } from './test-fixtures';

let core: TestCore;
useTestCore((c) => (core = c));

const resident = (givenName: string, birthDate: string, sex: 'M' | 'F', localityId: string | null) =>
  call<Person>(core, 'people.create', {
    familyName: 'Trần',
    middleName: sex === 'M' ? 'Văn' : 'Thị',
    givenName,
    birthDate,
    sex,
    localityId,
  });

it('offers the unit’s eligible residents first, then its other residents, then people from elsewhere, each flagged', async () => {
  const { w, squad } = await wardWithUnits(core);
  const village = await call<Locality>(core, 'localities.create', { name: 'Tổ 2', kind: 'village', parentId: w.id });
  const elsewhere = await ward(core, 'Xã Nam Đà');
  // Alphabetically by given name the people from elsewhere and the too-old come first: the order must not be the name's.
  await resident('An', '2000-01-01', 'M', elsewhere.id); // of age, elsewhere
  await resident('Bảo', '1970-01-01', 'M', w.id); // local, too old
  await resident('Cúc', '1984-06-01', 'F', village.id); // local, woman past 40 on 01/03/2026
  await resident('Dũng', '1981-03-02', 'M', village.id); // local, 44 — of age
  await resident('Hà', '2004-02-01', 'F', w.id); // local, 22 — of age
  await resident('Khôi', '2008-03-02', 'M', w.id); // local, 17 — too young
  await resident('Long', '1999-01-01', 'M', null); // no locality

  const page = await call<MilitiaCandidatePage>(core, 'militia.member.candidates', {
    unitId: squad.id,
    startedOn: '2026-03-01',
    pageSize: 10,
  });
  expect(page.total).toBe(7);
  expect(page.rows.map((p) => [p.givenName, p.local, p.ofAge])).toEqual([
    ['Dũng', true, true],
    ['Hà', true, true],
    ['Bảo', true, false],
    ['Cúc', true, false],
    ['Khôi', true, false],
    ['An', false, true],
    ['Long', false, true],
  ]);

  // A search keeps the same order among what it finds.
  const searched = await call<MilitiaCandidatePage>(core, 'militia.member.candidates', {
    unitId: squad.id,
    startedOn: '2026-03-01',
    search: 'tran van',
  });
  expect(searched.rows.map((p) => p.givenName)).toEqual(['Dũng', 'Bảo', 'Khôi', 'An', 'Long']);
});

it('refuses an unknown unit and an input with extra keys', async () => {
  const unknown = await core.invoke('militia.member.candidates', { unitId: '00000000-0000-4000-8000-000000000000' });
  expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  const { squad } = await wardWithUnits(core);
  const extra = await core.invoke('militia.member.candidates', { unitId: squad.id, sort: 'birthDate' });
  expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
});
