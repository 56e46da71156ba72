import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { type TestCore, useTestCore } from '../db/test-helpers';
import type { Reservist } from './schema';
import { reservesFixture } from './test-fixtures';

let core: TestCore;
useTestCore((c) => (core = c));

// Three names for 21 reservists: most rows tie on the whole name, the id decides.
const NAMES = ['Hoàng Văn Tâm', 'Vi Văn Hùng', 'Hoàng Văn Tâm'];

describe('reserves.reservist.list with focusId', () => {
  it('returns the page showing the reservist under each filter, ties included', async () => {
    const f = reservesFixture(core);
    const reservists: Reservist[] = [];
    for (let i = 0; i < 21; i++) {
      const p = await f.person(NAMES[i % NAMES.length]!, `199${i % 5}-05-01`);
      reservists.push(await f.reservist(p.id, { grade: i % 2 ? 2 : 1 }));
    }
    const method = 'reserves.reservist.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 4),
      await expectFocusFindsEachRow(core, method, { grade: 1 }, 3),
      await expectFocusFindsEachRow(core, method, { search: 'hoang van tam', ageFrom: 32 }, 3),
    ];
    expect(checked[0]).toBe(21);
    expect(checked[1]).toBe(11);
    expect(checked[2]).toBeGreaterThan(6);
    // A grade-2 reservist is not in the grade-1 list.
    await expectFocusOutside(core, method, { grade: 1, pageSize: 3 }, reservists[1]!.id);
  });
});
