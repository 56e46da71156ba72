import { expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { OFFICE_PROFILE_ID } from './repository';
import type { OfficeProfile } from './schema';
import { addOfficePeriod, BAC_KAN_CITY_OFFICE, DUC_XUAN_WARD_PERIOD, setOffice } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const profile = BAC_KAN_CITY_OFFICE;

it('has no profile on first run, then saves and updates it with the version check', async () => {
  expect(await call(core, 'office.get')).toBeNull();
  const saved = await call<OfficeProfile>(core, 'office.update', profile);
  expect(saved).toMatchObject({ ...profile, version: 1, validFrom: null, id: OFFICE_PROFILE_ID });
  const updated = await call<OfficeProfile>(core, 'office.update', {
    ...profile,
    placeName: 'Thái Nguyên',
    version: 1,
  });
  expect(updated).toMatchObject({ placeName: 'Thái Nguyên', version: 2 });
  expect(await refusal(core, 'office.update', { ...profile, version: 1 })).toMatchObject({ code: 'CONFLICT_VERSION' });
  const audit = auditFor(core.db, 'office_profile', OFFICE_PROFILE_ID);
  expect(audit.map((r) => r.action)).toEqual(['create', 'update']);
  expect(JSON.parse(audit[1]!.before_json!).placeName).toBe('Bắc Kạn');
});

it('keeps the profile as dated periods: the day before the new period reads the old one, its first day the new', async () => {
  await setOffice(core);
  const ward = await addOfficePeriod(core);
  expect(ward).toMatchObject({ ...DUC_XUAN_WARD_PERIOD, version: 1 });

  const on = (day: string) => call<OfficeProfile>(core, 'office.get', { on: day });
  expect(await on('2025-06-30')).toMatchObject({
    kind: 'city_district',
    name: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
    parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
    signers: [{ title: 'CHỈ HUY TRƯỞNG', name: 'Hoàng Văn Minh' }],
  });
  expect(await on('2025-07-01')).toMatchObject({
    kind: 'ward_commune',
    name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
    parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN',
    signers: [{ name: 'Lường Văn Khánh' }],
  });
  // Without a date: the one in force today (the tests' today is in 2026).
  expect((await call<OfficeProfile>(core, 'office.get'))?.id).toBe(ward.id);
  const periods = await call<OfficeProfile[]>(core, 'office.periods.list');
  expect(periods.map((p) => p.validFrom)).toEqual([null, '2025-07-01']);
  expect(auditFor(core.db, 'office_profile', ward.id).map((r) => r.action)).toEqual(['create']);
});

it('refuses a period that does not start after the latest one, naming its start', async () => {
  await setOffice(core);
  await addOfficePeriod(core);
  const refused = await refusal(core, 'office.period.create', { ...DUC_XUAN_WARD_PERIOD, validFrom: '2025-07-01' });
  expect(refused).toMatchObject({
    code: 'OFFICE_PERIOD_DATE',
    fieldErrors: { validFrom: expect.stringContaining('01/07/2025') },
  });
  expect(await call<OfficeProfile[]>(core, 'office.periods.list')).toHaveLength(2);
});

it('refuses a period before the office profile exists', async () => {
  expect(await refusal(core, 'office.period.create', DUC_XUAN_WARD_PERIOD)).toMatchObject({ code: 'OFFICE_NOT_SET' });
});

it('updates the period the form was loaded from, keeping its kind and committee when the input leaves them out', async () => {
  const first = await setOffice(core);
  const ward = await addOfficePeriod(core);
  const { kind: _kind, peopleCommittee: _committee, validFrom: _from, ...withoutKind } = DUC_XUAN_WARD_PERIOD;
  const renamed = await call<OfficeProfile>(core, 'office.update', {
    ...withoutKind,
    symbol: 'BCHQS',
    periodId: ward.id,
    version: ward.version,
  });
  expect(renamed).toMatchObject({ id: ward.id, kind: 'ward_commune', symbol: 'BCHQS', version: 2 });
  expect(renamed.peopleCommittee).toEqual(DUC_XUAN_WARD_PERIOD.peopleCommittee);
  expect(await call<OfficeProfile>(core, 'office.get', { on: '2025-01-01' })).toMatchObject({
    id: first.id,
    symbol: 'BCH',
    version: 1,
  });
});

it('refuses a city/district command period from 01/07/2025, beside the kind (Decision 2786/QĐ-BQP)', async () => {
  await setOffice(core);
  const refused = await refusal(core, 'office.period.create', { ...DUC_XUAN_WARD_PERIOD, kind: 'city_district' });
  expect(refused).toMatchObject({
    code: 'RULE_OFFICE_DISTRICT_DISSOLVED',
    fieldErrors: { kind: expect.stringContaining('2786/QĐ-BQP') },
  });
  const ward = await addOfficePeriod(core);
  const { validFrom: _from, ...values } = DUC_XUAN_WARD_PERIOD;
  expect(
    await refusal(core, 'office.update', { ...values, kind: 'city_district', periodId: ward.id, version: 1 }),
  ).toMatchObject({ code: 'RULE_OFFICE_DISTRICT_DISSOLVED' });
});
