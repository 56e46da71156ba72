import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { type TestCore, useTestCore } from '../db/test-helpers';
import type { PolicyCase } from './public-types';
import { receiveCase } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

describe('policy.case.list with focusId', () => {
  it('returns the page showing the case under each filter, ties included', async () => {
    const cases: PolicyCase[] = [];
    // 12 cases received on three days of two years: ties on the day, the id decides.
    for (let i = 0; i < 12; i++) {
      const receivedOn = `${2022 + (i % 2)}-0${3 + (i % 3)}-01`;
      cases.push(await receiveCase(core, { subjectName: `Nguyễn Văn ${i}`, receivedOn }));
    }
    const method = 'policy.case.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 5),
      await expectFocusFindsEachRow(core, method, { search: 'nguyen van' }, 4),
    ];
    expect(checked).toEqual([12, 12]);
    await expectFocusOutside(core, method, { search: 'tran', pageSize: 4 }, cases[0]!.id);
  });
});
