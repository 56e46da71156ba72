import type { Core } from '../../electron/core/app-core';
import type { SeededForces } from './seed-forces';
import { percentiles } from './stats';

interface Figure {
  name: string;
  value: { p50: number; p95: number; max: number };
  target: number;
}

const AGE_BANDS = ['18-25', '26-35', '36-45'] as const;
const COMPONENTS = ['on_the_spot', 'mobile', 'standing'] as const;

/** The forces screens' lists and summaries, with the filters a clerk combines. */
export async function forcesFigures(core: Core, localityIds: string[], forces: SeededForces): Promise<Figure[]> {
  const must = async (method: Parameters<Core['invoke']>[0], input: unknown) => {
    const result = await core.invoke(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  return [
    {
      name: `militia members: filtered page of 50 of ${forces.memberships} (locality/unit/component/age) (ms)`,
      value: await percentiles(200, (i) =>
        must('militia.member.list', {
          pageSize: 50,
          page: 1 + (i % 3),
          ...(i % 4 === 0 ? { localityId: localityIds[i % localityIds.length] } : {}),
          ...(i % 4 === 1 ? { unitId: forces.militiaUnitIds[i % forces.militiaUnitIds.length] } : {}),
          ...(i % 4 === 2 ? { component: COMPONENTS[i % COMPONENTS.length] } : {}),
          ...(i % 4 === 3 ? { ageBand: AGE_BANDS[i % AGE_BANDS.length], termEndingSoon: i % 8 === 3 } : {}),
        }),
      ),
      target: 30,
    },
    {
      name: 'militia summary: strength, population share, Party share per locality (ms)',
      value: await percentiles(20, () => must('militia.summary', {})),
      target: 200,
    },
    {
      name: `reservists: filtered page of 50 of ${forces.reservists} (grade/specialty/unit/age) (ms)`,
      value: await percentiles(200, (i) =>
        must('reserves.reservist.list', {
          pageSize: 50,
          page: 1 + (i % 3),
          ...(i % 4 === 0 ? { grade: 1 + (i % 2) } : {}),
          ...(i % 4 === 1 ? { specialtyId: forces.specialtyIds[i % forces.specialtyIds.length] } : {}),
          ...(i % 4 === 2 ? { unitId: forces.reserveUnitIds[i % forces.reserveUnitIds.length] } : {}),
          ...(i % 4 === 3 ? { ageFrom: 25, ageTo: 35, localityId: localityIds[i % localityIds.length] } : {}),
        }),
      ),
      target: 30,
    },
    {
      name: 'reserves summary: grades, assignment and specialty-match rates, unit fill (ms)',
      value: await percentiles(20, () => must('reserves.summary', {})),
      target: 200,
    },
  ];
}
