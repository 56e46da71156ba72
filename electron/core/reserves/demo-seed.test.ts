import { afterEach, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { ReserveUnit, ReservesSummary, ReservistPage, Specialty } from './schema';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

describe('the demo reserves', () => {
  it('has a sample CNQS list, two units mostly filled, a few flagged and one made from a conscript', async () => {
    core = createTestCore();
    const seeded = seedDemoOffice(core.context);
    expect(seeded.forces).toMatchObject({ specialties: 15, reserveUnits: 2 });
    const specialties = await call<Specialty[]>(core, 'reserves.specialty.list', {});
    expect(specialties).toHaveLength(15);
    expect(specialties.every((s) => s.name.endsWith('(mẫu)'))).toBe(true);

    const all = await call<ReservistPage>(core, 'reserves.reservist.list', { pageSize: 500 });
    expect(all.total).toBe(seeded.forces.reservists);
    expect(all.total).toBeGreaterThanOrEqual(55);
    expect(all.total).toBeLessThanOrEqual(80);
    expect(all.rows.filter((r) => r.sourceRecordId !== null)).toEqual([
      expect.objectContaining({ category: 'soldier', grade: 1, formerUnit: expect.stringMatching(/\S/) }),
    ]);
    const codes = (code: string) => all.rows.filter((r) => r.warnings.some((w) => w.code === code)).length;
    expect(codes('RULE_RESERVE_PAST_AGE_LIMIT')).toBeGreaterThanOrEqual(1);
    expect(codes('RULE_RESERVE_PAST_AGE_LIMIT')).toBeLessThanOrEqual(2);
    expect(codes('RULE_RESERVE_SPECIALTY_MISMATCH')).toBeGreaterThanOrEqual(1);
    expect(all.rows.some((r) => r.category === 'officer')).toBe(true);
    expect(all.rows.filter((r) => r.category === 'professional').length).toBeGreaterThanOrEqual(1);
    expect(all.rows.some((r) => r.grade === 2)).toBe(true);

    const units = await call<ReserveUnit[]>(core, 'reserves.unit.list', {});
    expect(units.map((u) => u.kind).sort()).toEqual(['combat', 'support']);
    const summary = await call<ReservesSummary>(core, 'reserves.summary', { asOf: '2026-11-27' });
    expect(summary.totals.assigned).toBe(seeded.forces.reserveAssignments);
    expect(summary.totals.assignmentRate).toBeGreaterThan(60);
    expect(summary.totals.specialtyMatchRate).toBeGreaterThan(85);
  });
});
