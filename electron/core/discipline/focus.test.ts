import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { person, unit, ward } from '../militia/test-fixtures';
import type { DisciplineBreach } from './public-types';
import { recordBreach } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

describe('discipline.breach.list with focusId', () => {
  it('returns the page showing the breach under each filter, ties included', async () => {
    const platoon = await unit(core, { localityId: (await ward(core)).id, name: 'Trung đội cơ động' });
    const an = await person(core, 'An', '2000-01-01');
    await call(core, 'militia.member.create', { personId: an.id, unitId: platoon.id, startedOn: '2022-01-10' });
    const breaches: DisciplineBreach[] = [];
    // 13 breaches on three days, all written at the same moment: ties on day and time, the id decides.
    for (let i = 0; i < 13; i++)
      breaches.push(
        await recordBreach(core, { personId: an.id, occurredOn: `2023-0${3 + (i % 3)}-10`, handledOn: '2023-06-01' }),
      );
    const method = 'discipline.breach.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 4),
      await expectFocusFindsEachRow(core, method, { to: '2023-04-30' }, 3),
    ];
    expect(checked).toEqual([13, 9]);
    await expectFocusOutside(core, method, { to: '2023-04-30', pageSize: 3 }, breaches[2]!.id);
  });
});
