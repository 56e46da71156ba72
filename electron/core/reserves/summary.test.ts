import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import type { ReservesSummary } from './schema';
import { reservesSummary } from './summary';
import { reservesFixture } from './test-fixtures';

let core: ReturnType<typeof createTestCore>;

/**
 * The fixture, with the answers worked out by hand below:
 * combat unit "Đại đội bộ binh 1": Xạ thủ (101) × 4, Lái xe (201) × 2 → 6 required;
 * support unit "Đại đội vận tải": Lái xe (201) × 3 → 3 required.
 * Assigned on 01/06/2026: An, Bình (101 → Xạ thủ, match), Cường (201 → Xạ thủ, mismatch),
 * Dũng (201 → vận tải Lái xe, match), Em (no CNQS, woman → vận tải Lái xe, mismatch),
 * Hùng (201 → Lái xe in the combat unit, match) until removed on 01/10/2026.
 * Unassigned: Phúc (officer, captain, born 15/01/1970: 56, past 51) and Giang (born 27/11/1980: 46 today).
 */
beforeAll(async () => {
  core = createTestCore();
  const f = reservesFixture(core);
  const infantry = await f.specialty('101', 'Bộ binh');
  const driver = await f.specialty('201', 'Lái xe');
  const combat = await f.unit('Đại đội bộ binh 1', 'combat');
  const support = await f.unit('Đại đội vận tải', 'support');
  const shooter = await f.slot(combat.id, 'Xạ thủ', infantry.id, 4);
  const combatDriver = await f.slot(combat.id, 'Lái xe', driver.id, 2);
  const supportDriver = await f.slot(support.id, 'Lái xe', driver.id, 3);
  const add = async (name: string, birth: string, extra: Record<string, unknown>, slotId?: string, sex?: 'F') => {
    const r = await f.reservist((await f.person(name, birth, sex ?? 'M')).id, extra);
    if (slotId) expect((await f.assign(r.id, slotId, '2026-06-01')).ok).toBe(true);
    return r;
  };
  await add('Lò Văn An', '1995-02-01', { specialtyId: infantry.id }, shooter.id);
  await add('Lò Văn Bình', '1996-02-01', { specialtyId: infantry.id }, shooter.id);
  await add('Lò Văn Cường', '1997-02-01', { grade: 2, specialtyId: driver.id }, shooter.id);
  await add('Lò Văn Dũng', '1990-02-01', { specialtyId: driver.id }, supportDriver.id);
  await add('Lò Thị Em', '1988-02-01', { grade: 2, rank: null }, supportDriver.id, 'F');
  await add('Lò Văn Phúc', '1970-01-15', { category: 'officer', rank: 'captain' });
  await add('Lò Văn Giang', '1980-11-27', {});
  const hung = await add('Lò Văn Hùng', '1994-02-01', { specialtyId: driver.id }, combatDriver.id);
  await f.remove(hung.id, '2026-10-01', 'Chuyển nơi cư trú');
});
afterAll(() => core.dispose());

const summary = (asOf: string) => call<ReservesSummary>(core, 'reserves.summary', { asOf });

describe('reservesSummary', () => {
  it('counts today: 7 reservists, 5 assigned (71.43%), 3 matching (60%), 2 past the limit', async () => {
    const today = await summary('2026-11-27');
    expect(today).toEqual({
      asOf: '2026-11-27',
      totals: {
        reservists: 7,
        officers: 1,
        professionals: 0,
        soldiers: 6,
        grade1: 5,
        grade2: 2,
        assigned: 5,
        assignmentRate: 71.43,
        specialtyMatched: 3,
        specialtyMatchRate: 60,
        pastAgeLimit: 2,
      },
      units: [
        {
          unitId: expect.any(String),
          name: 'Đại đội bộ binh 1',
          kind: 'combat',
          required: 6,
          assigned: 3,
          fillRate: 50,
          surplus: 0,
          surplusRate: 0,
        },
        {
          unitId: expect.any(String),
          name: 'Đại đội vận tải',
          kind: 'support',
          required: 3,
          assigned: 2,
          fillRate: 66.67,
          surplus: 0,
          surplusRate: 0,
        },
      ],
    });
    // The service function is the same one the method runs.
    expect(reservesSummary(core.context, { asOf: '2026-11-27' })).toEqual(today);
  });

  it('counts a removed reservist and their assignment on days before the removal', async () => {
    const september = await summary('2026-09-30');
    expect(september.totals).toEqual({
      reservists: 8,
      officers: 1,
      professionals: 0,
      soldiers: 7,
      grade1: 6,
      grade2: 2,
      assigned: 6,
      assignmentRate: 75,
      specialtyMatched: 4,
      specialtyMatchRate: 66.67,
      // Giang turns 46 only on 27/11/2026.
      pastAgeLimit: 1,
    });
    expect(september.units.map((u) => [u.assigned, u.fillRate])).toEqual([
      [4, 66.67],
      [2, 66.67],
    ]);
  });

  it('has no rates to give before anyone is assigned', async () => {
    const may = await summary('2026-05-31');
    expect(may.totals).toMatchObject({ reservists: 8, assigned: 0, assignmentRate: 0, specialtyMatchRate: null });
    expect((await summary('2019-01-01')).totals).toMatchObject({
      reservists: 0,
      assignmentRate: null,
      specialtyMatchRate: null,
      pastAgeLimit: 0,
    });
  });
});
