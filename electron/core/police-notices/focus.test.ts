import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { type TestCore, useTestCore } from '../db/test-helpers';
import type { PoliceNotice } from './public-types';
import { receiveNotice } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

describe('policeNotices.list with focusId', () => {
  it('returns the page showing the notice under each filter, ties included', async () => {
    const notices: PoliceNotice[] = [];
    // 12 notices of two years, two quarters, one receiving day: ties on all three, the id decides.
    for (let i = 0; i < 12; i++) {
      const year = 2025 + (i % 2);
      notices.push(await receiveNotice(core, { year, quarter: 1 + (i % 4 < 2 ? 0 : 1), receivedOn: `${year}-07-01` }));
    }
    const method = 'policeNotices.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 5),
      await expectFocusFindsEachRow(core, method, { year: 2026 }, 4),
    ];
    expect(checked).toEqual([12, 6]);
    await expectFocusOutside(core, method, { year: 2026, pageSize: 4 }, notices[0]!.id);
  });
});
