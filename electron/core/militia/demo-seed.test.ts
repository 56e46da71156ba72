import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import { addYears } from '../shared/dates';
import type { MilitiaDecisionPage, MilitiaMemberPage, MilitiaSummary, MilitiaUnitGroup } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

it('seeds a militia organisation per ward/commune, an agency’s self-defence and this year’s populations', async () => {
  const result = seedDemoOffice(core.context);
  const groups = await call<MilitiaUnitGroup[]>(core, 'militia.unit.list');
  const units = groups.flatMap((g) => g.units.flatMap((u) => [u, ...u.children]));
  expect(result.forces).toMatchObject({ militiaUnits: units.length });
  const summary = await call<MilitiaSummary>(core, 'militia.summary', {});
  expect(result.forces.militiaMembers).toBe(summary.totals.members);
  expect(summary.localities.length).toBe(groups.length - 1);
  for (const locality of summary.localities) {
    expect(locality.population).toBeGreaterThan(0);
    expect(locality.mobile).toBeGreaterThanOrEqual(5);
    expect(locality.onTheSpot).toBeGreaterThan(0);
  }
  expect(summary.totals.standing).toBeGreaterThan(0);
  expect(summary.agencies.selfDefence).toBeGreaterThan(0);
  expect(summary.totals.partyMembers).toBeGreaterThan(0);
  expect(summary.totals.termEndingSoon).toBeGreaterThan(0);
  const platoons = groups.flatMap((g) => g.units.filter((u) => u.level === 'platoon'));
  expect(platoons.every((p) => p.children.length >= 2 && p.children.length <= 3)).toBe(true);
  // The summary counts in SQL what the list's rules flag row by row: both must agree.
  const all = await call<MilitiaMemberPage>(core, 'militia.member.list', { pageSize: 500 });
  const flagged = (code: string) => all.rows.filter((r) => r.warnings.some((w) => w.code === code)).length;
  expect(summary.totals.pastAgeLimit).toBe(flagged('RULE_MILITIA_PAST_AGE'));
  expect(summary.totals.termEndingSoon).toBe(flagged('RULE_MILITIA_TERM_ENDING') + flagged('RULE_MILITIA_TERM_OVER'));
  expect(summary.totals.women).toBe(all.rows.filter((r) => r.sex === 'F').length);
  // Art. 8(2): the agency's self-defence leader is extended beyond the 2 years an ordinary member may have.
  const longer = all.rows.filter((r) => r.extendedUntil !== null && r.extendedUntil > addYears(r.termEndsOn, 2));
  expect(longer).toEqual([expect.objectContaining({ force: 'self_defence', extensionGround: 'self_defence' })]);
  const soon = await call<MilitiaMemberPage>(core, 'militia.member.list', { termEndingSoon: true });
  expect(soon.total).toBe(summary.totals.termEndingSoon);
  expect(soon.rows.every((r) => r.warnings.some((w) => w.code.startsWith('RULE_MILITIA_TERM')))).toBe(true);
  // Art. 11: a mother deferred, a war invalid's child exempted, and a student's deferral already over.
  const decisions = await call<MilitiaDecisionPage>(core, 'militia.decision.list', {});
  expect(decisions.rows.map((d) => [d.kind, d.point])).toEqual(
    expect.arrayContaining([
      ['deferral', '1-a'],
      ['exemption', '2-b'],
      ['deferral', '1-h'],
    ]),
  );
  const today = (await call<MilitiaSummary>(core, 'militia.summary', {})).asOf;
  const inForce = await call<MilitiaDecisionPage>(core, 'militia.decision.list', { inForceOn: today });
  expect(inForce.rows.map((d) => d.point).sort()).toEqual(['1-a', '2-b']);
});
