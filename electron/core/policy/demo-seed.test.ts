import { afterEach, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { ReviewFigures } from '../reviews/public-types';
import type { FamilySupportPage, ReturneePage } from './public-types';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

it('the demo office has its 2023 policy work: Tết gifts, returning soldiers (one late), cases, and visits this year', async () => {
  core = createTestCore();
  const seeded = seedDemoOffice(core.context);
  expect(seeded.history).toMatchObject({ policyReturnees: 10, policyCases: 7 });
  const figures = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-01-01', to: '2023-06-30' });
  const shown = Object.fromEntries(
    figures.groups.find((g) => g.key === 'policy')!.figures.map((f) => [f.key, f.display]),
  );
  expect(shown).toMatchObject({
    'policy.cases': '4/6',
    'policy.returnees': '9 người',
    'policy.registered': '8/9',
    'policy.jobSupport': '5 lượt',
    'policy.amount': '26.000.000 đồng',
  });
  const january = await call<FamilySupportPage>(core, 'policy.support.list', { year: 2023, pageSize: 100 });
  expect(january.rows.filter((r) => r.kind === 'tet_gift' && r.supportOn < '2023-01-22')).toHaveLength(48);
  expect(january.rows.every((r) => r.handoverYear !== null)).toBe(true);
  const returnees = await call<ReturneePage>(core, 'policy.returnee.list', { year: 2023 });
  const late = returnees.rows.filter((r) => r.registrationWarning !== null);
  expect(late.map((r) => r.fullName)).toEqual(['Bế Văn Tú']);
  expect(auditFor(core.db, 'policy_returnee', late[0]!.id).map((a) => a.action)).toEqual(['create']);
  // Near today (27/11/2026): visits to the families of the latest handover.
  expect((await call<FamilySupportPage>(core, 'policy.support.list', { year: 2026 })).total).toBeGreaterThan(0);
});
