import { afterEach, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import { DEMO_OFFICE } from '../demo/places';
import type { OfficeProfile } from '../office/schema';
import type { ServiceHistory } from '../service-history';
import type { StaffMember } from './schema';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

it('the demo office has its staff, and syncing the signers keeps the demo profile’s signers', async () => {
  core = createTestCore();
  const seeded = seedDemoOffice(core.context);
  expect(seeded.forces.staff).toBe(7);
  const staff = await call<StaffMember[]>(core, 'staff.list', {});
  expect(staff).toHaveLength(7);
  expect(staff[0]).toMatchObject({ fullName: 'Nông Đức Quyết', position: 'Chỉ huy trưởng', signerRole: 'commander' });
  expect(staff.filter((s) => s.signerRole !== null)).toHaveLength(4);
  expect(staff.some((s) => s.sex === 'F' && s.rank === '')).toBe(true);

  const before = await call<OfficeProfile>(core, 'office.get');
  const synced = await call<OfficeProfile>(core, 'staff.syncSigners', {});
  expect(synced.signers).toEqual(DEMO_OFFICE.signers);
  expect(synced.signers).toEqual(before.signers);

  const history = await call<ServiceHistory>(core, 'people.serviceHistory', { id: staff[0]!.personId });
  // The staff service, beside whatever else the demo gave the commander (a staff training course).
  expect(history.entries.filter((e) => e.kind === 'staff')).toMatchObject([
    { kind: 'staff', position: 'Chỉ huy trưởng', startedOn: '2019-08-01' },
  ]);
});
