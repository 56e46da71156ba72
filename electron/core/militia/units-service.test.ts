import { expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import type { MilitiaUnit, MilitiaUnitGroup } from './public-types';
import { person, unit, ward } from './test-fixtures';

let core: TestCore;
useTestCore((c) => (core = c));

it('builds a tree per ward and per agency with own and total active member counts', async () => {
  const w = await ward(core);
  const platoon = await unit(core, { localityId: w.id, name: 'Trung đội cơ động' });
  const squad1 = await unit(core, { localityId: w.id, parentId: platoon.id, level: 'squad', name: 'Tiểu đội 1' });
  await unit(core, { localityId: w.id, parentId: platoon.id, level: 'squad', name: 'Tiểu đội 2' });
  await unit(core, {
    force: 'self_defence',
    agency: 'UBND phường',
    level: 'squad',
    component: 'on_the_spot',
    name: 'Tiểu đội tự vệ',
  });
  const a = await person(core, 'An', '2000-01-01');
  const b = await person(core, 'Bình', '1995-01-01');
  await call(core, 'militia.member.create', { personId: a.id, unitId: squad1.id, startedOn: '2025-01-01' });
  await call(core, 'militia.member.create', {
    personId: b.id,
    unitId: platoon.id,
    startedOn: '2025-01-01',
    position: 'unit_leader',
  });

  const groups = await call<MilitiaUnitGroup[]>(core, 'militia.unit.list');
  expect(groups.map((g) => [g.name, g.members])).toEqual([
    ['Phường Đức Xuân', 2],
    ['UBND phường', 0],
  ]);
  const root = groups[0]!.units[0]!;
  expect([root.name, root.members, root.totalMembers]).toEqual(['Trung đội cơ động', 1, 2]);
  expect(root.children.map((c) => [c.name, c.members, c.totalMembers])).toEqual([
    ['Tiểu đội 1', 1, 1],
    ['Tiểu đội 2', 0, 0],
  ]);
  expect(auditFor(core.db, 'militia_unit', platoon.id).map((r) => r.action)).toEqual(['create']);
});

it('refuses a sub-unit of the same or higher level, or in another ward', async () => {
  const w = await ward(core);
  const other = await ward(core, 'Phường Sông Cầu');
  const platoon = await unit(core, { localityId: w.id, name: 'Trung đội' });
  expect(
    await refusal(core, 'militia.unit.create', {
      force: 'militia',
      localityId: w.id,
      parentId: platoon.id,
      level: 'platoon',
      component: 'mobile',
      name: 'X',
    }),
  ).toMatchObject({ code: 'RULE_MILITIA_UNIT_LEVEL', fieldErrors: { level: expect.stringContaining('Trung đội') } });
  expect(
    await refusal(core, 'militia.unit.create', {
      force: 'militia',
      localityId: other.id,
      parentId: platoon.id,
      level: 'squad',
      component: 'mobile',
      name: 'X',
    }),
  ).toMatchObject({ code: 'RULE_MILITIA_UNIT_PLACE' });
  // Raising a squad's parent cannot make it equal to its child's level, and a unit cannot sit under itself.
  const squad = await unit(core, { localityId: w.id, parentId: platoon.id, level: 'squad', name: 'Tiểu đội' });
  expect(
    await refusal(core, 'militia.unit.update', {
      id: platoon.id,
      version: platoon.version,
      name: 'Tiểu đội',
      level: 'squad',
      component: 'mobile',
    }),
  ).toMatchObject({ code: 'RULE_MILITIA_UNIT_LEVEL' });
  expect(
    await refusal(core, 'militia.unit.update', {
      id: platoon.id,
      version: platoon.version,
      parentId: squad.id,
      name: 'T',
      level: 'company',
      component: 'mobile',
    }),
  ).toMatchObject({ code: 'RULE_MILITIA_UNIT_LEVEL' });
});

it('needs a ward/commune (not a village) for militia and an agency name for self-defence', async () => {
  const w = await ward(core);
  const village = await call<Locality>(core, 'localities.create', {
    name: 'Tổ 1',
    kind: 'residential_group',
    parentId: w.id,
  });
  const squadOf = (values: Record<string, unknown>) => ({
    level: 'squad',
    component: 'on_the_spot',
    name: 'X',
    ...values,
  });
  expect(await refusal(core, 'militia.unit.create', squadOf({ force: 'militia' }))).toMatchObject({
    fieldErrors: { localityId: expect.any(String) },
  });
  expect(
    await refusal(core, 'militia.unit.create', squadOf({ force: 'militia', localityId: village.id })),
  ).toMatchObject({ fieldErrors: { localityId: expect.any(String) } });
  expect(await refusal(core, 'militia.unit.create', squadOf({ force: 'self_defence' }))).toMatchObject({
    fieldErrors: { agency: expect.any(String) },
  });
});

it('retires a unit only without active members or sub-units, and restores it', async () => {
  const w = await ward(core);
  const platoon = await unit(core, { localityId: w.id, name: 'Trung đội' });
  const squad = await unit(core, { localityId: w.id, parentId: platoon.id, level: 'squad', name: 'Tiểu đội' });
  const p = await person(core, 'An', '2000-01-01');
  await call(core, 'militia.member.create', { personId: p.id, unitId: squad.id, startedOn: '2025-01-01' });
  expect(await refusal(core, 'militia.unit.retire', { id: squad.id, version: squad.version })).toMatchObject({
    code: 'RULE_MILITIA_UNIT_HAS_MEMBERS',
    message: 'Đơn vị còn thành viên đang hoạt động, không thể giải thể.',
  });
  expect(await refusal(core, 'militia.unit.retire', { id: platoon.id, version: platoon.version })).toMatchObject({
    code: 'RULE_MILITIA_UNIT_HAS_CHILDREN',
  });
  const empty = await unit(core, { localityId: w.id, parentId: platoon.id, level: 'squad', name: 'Tiểu đội 2' });
  const retired = await call<MilitiaUnit>(core, 'militia.unit.retire', { id: empty.id, version: empty.version });
  expect(retired.retiredOn).toBe('2026-11-27');
  expect((await call<MilitiaUnitGroup[]>(core, 'militia.unit.list'))[0]!.units[0]!.children.map((c) => c.name)).toEqual(
    ['Tiểu đội'],
  );
  const q = await person(core, 'Bình', '2000-01-01');
  expect(
    await refusal(core, 'militia.member.create', { personId: q.id, unitId: empty.id, startedOn: '2025-01-01' }),
  ).toMatchObject({ code: 'RULE_MILITIA_UNIT_RETIRED' });
  const restored = await call<MilitiaUnit>(core, 'militia.unit.restore', { id: empty.id, version: retired.version });
  expect(restored.retiredOn).toBeNull();
});

it('renames and re-levels a unit, keeping it above its sub-units', async () => {
  const w = await ward(core);
  const company = await unit(core, { localityId: w.id, level: 'company', name: 'Đại đội' });
  const platoon = await unit(core, { localityId: w.id, parentId: company.id, name: 'Trung đội' });
  const updated = await call<MilitiaUnit>(core, 'militia.unit.update', {
    id: company.id,
    version: company.version,
    name: 'Đại đội dân quân cơ động',
    level: 'battalion',
    component: 'mobile',
  });
  expect([updated.name, updated.level, updated.version]).toEqual(['Đại đội dân quân cơ động', 'battalion', 2]);
  // Moved to the top level and made a squad: its platoon would then be above it.
  const input = { id: company.id, version: 2, name: 'X', level: 'squad', component: 'mobile' };
  expect(await refusal(core, 'militia.unit.update', input)).toMatchObject({
    code: 'RULE_MILITIA_UNIT_LEVEL',
    fieldErrors: { level: expect.stringContaining('Trung đội') },
  });
  expect(auditFor(core.db, 'militia_unit', company.id).map((r) => r.action)).toEqual(['create', 'update']);
  expect(platoon.parentId).toBe(company.id);
});
