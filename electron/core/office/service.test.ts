import { expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { OFFICE_PROFILE_ID } from './repository';
import type { OfficeProfile } from './schema';
import { BAC_KAN_CITY_OFFICE } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const profile = BAC_KAN_CITY_OFFICE;

it('has no profile on first run, then saves and updates it with the version check', async () => {
  expect(await call(core, 'office.get')).toBeNull();
  const saved = await call<OfficeProfile>(core, 'office.update', profile);
  expect(saved).toMatchObject({ ...profile, version: 1 });
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
