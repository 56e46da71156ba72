import { afterEach, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { DutyFigures, DutyShiftList, Patrol } from './public-types';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

it('the demo office has this month’s roster with a commander every day, incidents and patrols', async () => {
  core = createTestCore();
  const seeded = seedDemoOffice(core.context);
  expect(seeded.drills).toMatchObject({ dutyShifts: 120, dutyIncidents: 3, patrols: 5 });
  const november = await call<DutyShiftList>(core, 'duty.shift.list', { year: 2026, month: 11 });
  expect(november.warnings).toEqual([]);
  expect(november.shifts.filter((s) => s.startsAt === '2026-11-27T07:30').map((s) => s.role)).toEqual([
    'commander',
    'duty_officer',
    'member',
  ]);
  const patrols = await call<Patrol[]>(core, 'duty.patrol.list', { year: 2026, month: 11 });
  expect(patrols.every((p) => p.localityName !== '' && p.leader !== '')).toBe(true);
  expect(await call<DutyFigures>(core, 'duty.figures', { from: '2026-11-01', to: '2026-11-30' })).toEqual({
    dutyDays: 30,
    shifts: 120,
    incidents: 3,
    patrols: 5,
    patrolPersonnel: 8 + 2 + 6 + 1 + 2 + 10 + 3 + 7 + 1 + 1 + 6 + 2,
  });
});
