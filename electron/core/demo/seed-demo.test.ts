import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethodName, ApiOutput, Person } from '../api/contract';
import { createCore, type Core } from '../app-core';
import { silentLogger } from '../log/logger';
import { checkCitizenId } from '../people/rules';
import { seedDemoOffice } from './seed-demo';

const NOW = new Date('2026-11-27T03:00:00Z');
const dirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function openCore(): Core {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-demo-'));
  dirs.push(dir);
  const core = createCore({ dataDir: dir, now: () => NOW, log: silentLogger });
  cores.push(core);
  return core;
}

async function call<M extends ApiMethodName>(core: Core, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as ApiOutput<M>;
}

/** Every person, working list and archive, page by page as the UI would fetch them. */
async function allPeople(core: Core): Promise<Person[]> {
  const people: Person[] = [];
  for (const archived of [false, true]) {
    for (let page = 1; ; page++) {
      const result = await call(core, 'people.list', { page, pageSize: 200, archived });
      people.push(...result.rows);
      if (page * result.pageSize >= result.total) break;
    }
  }
  return people;
}

/** What a user could see of the office: used to prove a call changed nothing. */
async function snapshot(core: Core) {
  return {
    office: await call(core, 'office.get', {}),
    localities: await call(core, 'localities.list', { includeRetired: true }),
    people: (await allPeople(core)).map((p) => [p.id, p.version]),
    auditRows: (core.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n,
  };
}

describe('seedDemoOffice', () => {
  it('fills an empty database with an office, its area and valid people', async () => {
    const core = openCore();
    const result = seedDemoOffice(core.context);
    expect(result.seeded).toBe(true);
    expect(result.people).toBeGreaterThanOrEqual(300);

    const office = await call(core, 'office.get', {});
    expect(office).toMatchObject({ name: 'BAN CHQS THÀNH PHỐ BẮC KẠN', parentBody: 'BỘ CHQS TỈNH BẮC KẠN' });
    expect(office!.signers.map((s) => s.role)).toEqual(['commander', 'political_officer', 'deputy', 'deputy']);

    const localities = await call(core, 'localities.list', {});
    expect(localities).toHaveLength(result.localities);
    const top = localities.filter((l) => l.parentId === null);
    expect(top).toHaveLength(8);
    expect(new Set(top.map((l) => l.kind))).toEqual(new Set(['ward', 'commune']));
    for (const area of top) {
      const parts = localities.filter((l) => l.parentId === area.id);
      expect(parts.length).toBeGreaterThanOrEqual(2);
      expect(parts.length).toBeLessThanOrEqual(4);
      expect(parts.every((p) => p.kind === (area.kind === 'ward' ? 'residential_group' : 'village'))).toBe(true);
    }

    // One village was renamed in 2020: records dated before keep its old name.
    const renamed = localities.find((l) => l.name === 'Thôn Nà Pài – Khuổi Dủm')!;
    expect(await call(core, 'localities.history', { id: renamed.id })).toHaveLength(2);
    const in2018 = await call(core, 'localities.list', { asOf: '2018-06-01' });
    expect(in2018.find((l) => l.id === renamed.id)?.name).toBe('Thôn Nà Pài');

    const working = await call(core, 'people.list', {});
    expect(working.total).toBeGreaterThanOrEqual(300);
    const archived = await call(core, 'people.list', { archived: true });
    expect(archived.total).toBeGreaterThan(0);

    const people = await allPeople(core);
    expect(people).toHaveLength(result.people);
    const withIds = people.filter((p) => p.citizenId !== null);
    expect(withIds.length).toBeGreaterThan(people.length * 0.9);
    for (const p of withIds)
      expect(checkCitizenId(p.citizenId!, p.birthDate, p.sex), p.citizenId!).toEqual({ ok: true });
    expect(new Set(withIds.map((p) => p.citizenId)).size).toBe(withIds.length);
    expect(people.every((p) => p.birthDate < '2026-11-27')).toBe(true);
    expect(people.every((p) => p.localityId !== null)).toBe(true);
    expect(people.filter((p) => p.phone !== null && !/^0[35789]\d{8}$/.test(p.phone))).toEqual([]);

    // Enough young men for a conscription round: born 1999–2009 (17–27 in 2026).
    const youngMen = await call(core, 'people.list', { sex: 'M', birthYearFrom: 1999, birthYearTo: 2009 });
    expect(youngMen.total).toBeGreaterThanOrEqual(150);
  });

  it('does nothing the second time', async () => {
    const core = openCore();
    expect(seedDemoOffice(core.context).seeded).toBe(true);
    const before = await snapshot(core);
    expect(seedDemoOffice(core.context)).toEqual({ seeded: false, localities: 0, people: 0 });
    expect(await snapshot(core)).toEqual(before);
  });

  it('never touches a database that already holds a person', async () => {
    const core = openCore();
    await call(core, 'people.create', {
      familyName: 'Hà',
      middleName: 'Văn',
      givenName: 'Thử',
      birthDate: '2005-03-04',
      sex: 'M',
    });
    const before = await snapshot(core);
    expect(seedDemoOffice(core.context).seeded).toBe(false);
    expect(await snapshot(core)).toEqual(before);
    expect(before.office).toBeNull();
    expect(before.localities).toEqual([]);
    expect(before.people).toHaveLength(1);
  });

  it('makes the same people every time', async () => {
    const first = openCore();
    const second = openCore();
    seedDemoOffice(first.context);
    seedDemoOffice(second.context);
    const pageOne = async (core: Core) =>
      (await call(core, 'people.list', { pageSize: 100 })).rows.map((p) => p.fullName);
    const names = await pageOne(first);
    expect(names).toHaveLength(100);
    expect(await pageOne(second)).toEqual(names);
    // Ids are random UUIDs, so compare everything else (namesakes may swap places in a page).
    const contents = async (core: Core) =>
      (await allPeople(core))
        .map((p) => JSON.stringify([p.fullName, p.birthDate, p.citizenId, p.phone, p.address, p.archivedAt]))
        .sort();
    expect(await contents(second)).toEqual(await contents(first));
  });
});
