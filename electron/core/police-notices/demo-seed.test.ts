import { afterEach, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { PoliceNotice, PoliceNoticePage, PoliceQuarterStatus } from './public-types';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

it('the demo office has the police notices since Q3/2025, Q3/2026 missing, and flagged moves', async () => {
  core = createTestCore();
  expect(seedDemoOffice(core.context).seeded).toBe(true);
  // Today is 27/11/2026: Q3/2025 … Q2/2026 received; Q3/2026 has ended without a notice.
  const y2026 = await call<PoliceQuarterStatus[]>(core, 'policeNotices.quarters', { year: 2026 });
  expect(y2026.map((q) => q.status)).toEqual(['received', 'received', 'missing', 'upcoming']);
  const y2025 = await call<PoliceQuarterStatus[]>(core, 'policeNotices.quarters', { year: 2025 });
  expect(y2025.map((q) => q.status)).toEqual(['notRequired', 'notRequired', 'received', 'received']);

  const list = await call<PoliceNoticePage>(core, 'policeNotices.list', {});
  expect(list.rows.map((r) => `${r.quarter}/${r.year} ${r.receivedOn}`)).toEqual([
    '2/2026 2026-07-05',
    '1/2026 2026-04-05',
    '4/2025 2026-01-05',
    '3/2025 2025-10-05',
  ]);
  const latest = await call<PoliceNotice>(core, 'policeNotices.get', { id: list.rows[0]!.id });
  expect(latest.warnings).toEqual([]);
  const flags = latest.lines.filter((l) => l.kind === 'moved_away').map((l) => l.flags);
  // A person may be on more than one register (a militiaman also on the campaign's list).
  expect(flags).toEqual([
    expect.arrayContaining(['conscription']),
    expect.arrayContaining(['militia']),
    expect.arrayContaining(['reserves']),
  ]);
});
