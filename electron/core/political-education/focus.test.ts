import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { type TestCore, useTestCore } from '../db/test-helpers';
import type { PoliticalSession } from './public-types';
import { recordSession } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

describe('politicalEducation.session.list with focusId', () => {
  it('returns the page showing the session under each filter, ties included', async () => {
    const sessions: PoliticalSession[] = [];
    // 14 sessions on three days, all written at the same moment: ties on day and time, the id decides.
    for (let i = 0; i < 14; i++) sessions.push(await recordSession(core, { heldOn: `2023-0${3 + (i % 3)}-15` }));
    const method = 'politicalEducation.session.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 4),
      await expectFocusFindsEachRow(core, method, { from: '2023-04-01' }, 3),
    ];
    expect(checked).toEqual([14, 9]);
    await expectFocusOutside(core, method, { from: '2023-04-01', pageSize: 3 }, sessions[0]!.id);
  });
});
