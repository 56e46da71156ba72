import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { type TestCore, useTestCore } from '../db/test-helpers';
import type { ReadinessPractice } from './public-types';
import { officeHolder, practise, wardHolder } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

describe('readinessDocuments.practice.list with focusId', () => {
  it('returns the page showing the practice under each filter, ties included', async () => {
    const holders = [await officeHolder(core), await wardHolder(core)];
    const practices: ReadinessPractice[] = [];
    // 13 practices on three days of two years by two holders: ties on day and holder, the id decides.
    for (let i = 0; i < 13; i++)
      practices.push(
        await practise(core, {
          holderId: holders[i % 2]!.id,
          practisedOn: `${2024 + (i % 3 === 2 ? 1 : 0)}-0${3 + (i % 3)}-10`,
        }),
      );
    const method = 'readinessDocuments.practice.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 4),
      await expectFocusFindsEachRow(core, method, { year: 2024 }, 3),
      await expectFocusFindsEachRow(core, method, { holderId: holders[1]!.id }, 2),
    ];
    expect(checked).toEqual([13, 9, 6]);
    await expectFocusOutside(core, method, { year: 2024, pageSize: 3 }, practices[2]!.id);
  });
});
