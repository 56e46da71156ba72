import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { MilitiaMember } from './public-types';
import { person, wardWithUnits } from './test-fixtures';

let core: TestCore;
useTestCore((c) => (core = c));

// Four given names for 22 members: most rows tie on the whole name, the id decides.
const GIVEN = ['An', 'Bình', 'An', 'Cường'];

describe('militia.member.list with focusId', () => {
  it('returns the page showing the member under each filter, ties included', async () => {
    const { w, platoon, squad, standing } = await wardWithUnits(core);
    const units = [squad.id, standing.id, platoon.id];
    const members: MilitiaMember[] = [];
    for (let i = 0; i < 22; i++) {
      const p = await person(core, GIVEN[i % GIVEN.length]!, `200${i % 4}-05-01`);
      const unitId = units[i % 3]!;
      members.push(
        await call<MilitiaMember>(core, 'militia.member.create', { personId: p.id, unitId, startedOn: '2025-03-01' }),
      );
    }
    const method = 'militia.member.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 5),
      await expectFocusFindsEachRow(core, method, { localityId: w.id, search: 'nguyen van an' }, 3),
      await expectFocusFindsEachRow(core, method, { unitId: platoon.id }, 4),
      await expectFocusFindsEachRow(core, method, { component: 'standing' }, 2),
    ];
    expect(checked).toEqual([22, 11, 15, 7]);
    // A member of the standing squad is not under the mobile platoon.
    await expectFocusOutside(core, method, { unitId: platoon.id, pageSize: 4 }, members[1]!.id);
  });
});
