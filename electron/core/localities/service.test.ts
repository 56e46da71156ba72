import { expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { createLocality } from './test-steps';
import type { Locality, LocalityName } from './schema';

let core: TestCore;
useTestCore((c) => (core = c));

it('adds wards and villages inside them, listing in Vietnamese order', async () => {
  const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Sông Cầu', kind: 'ward' });
  await call(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
  await call(core, 'localities.create', { name: 'Tổ 5', kind: 'residential_group', parentId: ward.id });
  const list = await call<Locality[]>(core, 'localities.list');
  expect(list.map((l) => l.name)).toEqual(['Phường Đức Xuân', 'Phường Sông Cầu', 'Tổ 5']);
  expect(list.find((l) => l.name === 'Tổ 5')!.parentId).toBe(ward.id);
});

it('refuses a village without a ward/commune above it, and a ward under another ward', async () => {
  const ward = await call<Locality>(core, 'localities.create', { name: 'Phường A', kind: 'ward' });
  expect(await refusal(core, 'localities.create', { name: 'Thôn 1', kind: 'village' })).toMatchObject({
    code: 'LOCALITY_PARENT_INVALID',
    fieldErrors: { parentId: expect.any(String) },
  });
  expect(await refusal(core, 'localities.create', { name: 'Phường B', kind: 'ward', parentId: ward.id })).toMatchObject(
    { code: 'LOCALITY_PARENT_INVALID' },
  );
});

it('renames with history: dates before the rename still show the old name', async () => {
  const ward = await createLocality(core, 'Phường Đức Xuân');
  const renamed = await call<Locality>(core, 'localities.rename', {
    id: ward.id,
    name: 'Phường Bắc Kạn',
    effectiveOn: '2025-07-01',
    version: ward.version,
  });
  expect(renamed.name).toBe('Phường Bắc Kạn');
  const oldView = await call<Locality[]>(core, 'localities.list', { asOf: '2025-06-30' });
  expect(oldView.map((l) => l.name)).toEqual(['Phường Đức Xuân']);
  const history = await call<LocalityName[]>(core, 'localities.history', { id: ward.id });
  expect(history).toEqual([
    { name: 'Phường Đức Xuân', validFrom: '2015-01-01', validTo: '2025-07-01' },
    { name: 'Phường Bắc Kạn', validFrom: '2025-07-01', validTo: null },
  ]);
  expect(auditFor(core.db, 'locality', ward.id).map((r) => r.action)).toEqual(['create', 'rename']);
  // A rename dated on or before the current name's start would rewrite history: refused.
  const input = { id: ward.id, name: 'X', effectiveOn: '2025-07-01', version: renamed.version };
  expect(await refusal(core, 'localities.rename', input)).toMatchObject({
    code: 'LOCALITY_RENAME_DATE',
    fieldErrors: { effectiveOn: expect.stringContaining('01/07/2025') },
  });
});

it('retires and restores; retired localities leave the working list but keep their records', async () => {
  const commune = await call<Locality>(core, 'localities.create', { name: 'Xã Nông Thượng', kind: 'commune' });
  const retired = await call<Locality>(core, 'localities.retire', {
    id: commune.id,
    retiredOn: '2025-07-01',
    version: 1,
  });
  expect(retired.retiredOn).toBe('2025-07-01');
  expect(await call<Locality[]>(core, 'localities.list')).toEqual([]);
  expect((await call<Locality[]>(core, 'localities.list', { asOf: '2025-06-30' })).map((l) => l.name)).toEqual([
    'Xã Nông Thượng',
  ]);
  expect((await call<Locality[]>(core, 'localities.list', { includeRetired: true })).length).toBe(1);
  const input = { familyName: 'Ma', givenName: 'Sơn', birthDate: '2000-01-01', sex: 'M', localityId: commune.id };
  expect(await refusal(core, 'people.create', input)).toMatchObject({
    fieldErrors: { localityId: 'Địa bàn này đã ngừng sử dụng.' },
  });
  await call(core, 'localities.restore', { id: commune.id, version: retired.version });
  expect((await call<Locality[]>(core, 'localities.list')).length).toBe(1);
});

it('shows a future-dated rename on people only from its date, and audits the rename with the old state', async () => {
  const ward = await createLocality(core, 'Phường A');
  await call(core, 'localities.rename', { id: ward.id, name: 'Phường B', effectiveOn: '2027-06-01', version: 1 });
  const person = await call<{ localityName: string }>(core, 'people.create', {
    familyName: 'Ma',
    givenName: 'Sơn',
    birthDate: '2000-01-01',
    sex: 'M',
    localityId: ward.id,
  });
  expect(person.localityName).toBe('Phường A');
  const renameAudit = auditFor(core.db, 'locality', ward.id).find((r) => r.action === 'rename')!;
  expect(JSON.parse(renameAudit.before_json!).names).toEqual([
    { name: 'Phường A', validFrom: '2015-01-01', validTo: null },
  ]);
});

it('still accepts people into a locality whose retirement is planned for a later date', async () => {
  const commune = await call<Locality>(core, 'localities.create', { name: 'Xã C', kind: 'commune' });
  await call(core, 'localities.retire', { id: commune.id, retiredOn: '2027-01-01', version: 1 });
  const result = await core.invoke('people.create', {
    familyName: 'Ma',
    givenName: 'Sơn',
    birthDate: '2000-01-01',
    sex: 'M',
    localityId: commune.id,
  });
  expect(result.ok).toBe(true);
});

it('keeps a ward’s national unit code (5 digits), one locality per code, shown in the list', async () => {
  const ward = await call<Locality>(core, 'localities.create', {
    name: 'Phường Đức Xuân',
    kind: 'ward',
    unitCode: '01234',
  });
  expect(ward.unitCode).toBe('01234');
  const other = await call<Locality>(core, 'localities.create', { name: 'Xã Nông Thượng', kind: 'commune' });
  expect(other.unitCode).toBeNull();

  const taken = await refusal(core, 'localities.update', { id: other.id, unitCode: '01234', version: other.version });
  expect(taken).toMatchObject({ code: 'LOCALITY_UNIT_CODE_TAKEN', fieldErrors: { unitCode: expect.any(String) } });
  expect(taken.message).toContain('Phường Đức Xuân');
  expect(await refusal(core, 'localities.create', { name: 'Xã B', kind: 'commune', unitCode: '01234' })).toMatchObject({
    code: 'LOCALITY_UNIT_CODE_TAKEN',
  });
  expect(await refusal(core, 'localities.update', { id: other.id, unitCode: '1234', version: 1 })).toMatchObject({
    fieldErrors: { unitCode: expect.stringContaining('5 chữ số') },
  });
  expect(
    await refusal(core, 'localities.create', {
      name: 'Thôn 1',
      kind: 'village',
      parentId: other.id,
      unitCode: '09999',
    }),
  ).toMatchObject({ code: 'LOCALITY_UNIT_CODE_KIND' });

  const coded = await call<Locality>(core, 'localities.update', { id: other.id, unitCode: '01240', version: 1 });
  expect(coded).toMatchObject({ unitCode: '01240', version: 2 });
  // The ward keeps its own code when saved again; clearing it frees the code for another.
  await call(core, 'localities.update', { id: ward.id, unitCode: '01234', version: ward.version });
  await call(core, 'localities.update', { id: ward.id, unitCode: '', version: ward.version + 1 });
  await call(core, 'localities.update', { id: other.id, unitCode: '01234', version: coded.version });
  const list = await call<Locality[]>(core, 'localities.list');
  expect(list.map((l) => [l.name, l.unitCode])).toEqual([
    ['Phường Đức Xuân', null],
    ['Xã Nông Thượng', '01234'],
  ]);
  const history = core.db
    .prepare(`SELECT after_json FROM audit_log WHERE entity = 'locality' AND action = 'update' ORDER BY seq`)
    .pluck()
    .all() as string[];
  expect(JSON.parse(history[0]!)).toMatchObject({ unitCode: '01240' });
});
