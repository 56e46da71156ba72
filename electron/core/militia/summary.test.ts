import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import type { LocalityPopulation, MilitiaFigures, MilitiaMember, MilitiaSummary } from './public-types';
import { person, unit, ward } from './test-fixtures';

let core: TestCore;
useTestCore((c) => (core = c));

const ZERO: MilitiaFigures = {
  population: null,
  members: 0,
  militia: 0,
  selfDefence: 0,
  share: null,
  partyMembers: 0,
  partyShare: null,
  youthUnion: 0,
  standing: 0,
  mobile: 0,
  onTheSpot: 0,
  sea: 0,
  specialist: 0,
  women: 0,
  termEndingSoon: 0,
  pastAgeLimit: 0,
};

it('counts the memberships active on the date per ward, agencies apart, with shares', async () => {
  const a = await ward(core, 'Phường Đức Xuân');
  const b = await ward(core, 'Phường Sông Cầu');
  await ward(core, 'Xã Dương Quang');
  await call(core, 'militia.population.set', { localityId: a.id, year: 2026, population: 1234 });
  await call(core, 'militia.population.set', { localityId: b.id, year: 2026, population: 5000 });
  await call(core, 'militia.population.set', { localityId: b.id, year: 2025, population: 99 });
  const mobile = await unit(core, { localityId: a.id, name: 'Trung đội cơ động' });
  const standing = await unit(core, { localityId: a.id, level: 'squad', component: 'standing', name: 'Thường trực' });
  const spot = await unit(core, { localityId: a.id, level: 'squad', component: 'on_the_spot', name: 'Tại chỗ' });
  const recon = await unit(core, { localityId: b.id, level: 'squad', component: 'reconnaissance', name: 'Trinh sát' });
  const agency = await unit(core, {
    force: 'self_defence',
    agency: 'Công ty Điện lực',
    level: 'squad',
    component: 'on_the_spot',
    name: 'Tự vệ',
  });
  const join = async (
    name: string,
    birth: string,
    sex: 'M' | 'F',
    unitId: string,
    extra: Record<string, unknown> = {},
  ) => {
    const p = await person(core, name, birth, sex);
    return call<MilitiaMember>(core, 'militia.member.create', {
      personId: p.id,
      unitId,
      startedOn: '2025-01-01',
      ...extra,
    });
  };
  await join('An', '2000-01-01', 'M', mobile.id, { partyMember: true, youthUnion: true });
  await join('Bích', '1990-01-01', 'F', mobile.id);
  await join('Cường', '2000-01-01', 'M', standing.id); // term ends 01/01/2027: within 90 days
  await join('Dũng', '1981-06-01', 'M', spot.id); // turns 46 on 01/06/2027, before his term ends
  const left = await join('Em', '2000-01-01', 'M', spot.id);
  await call(core, 'militia.member.end', {
    id: left.id,
    version: left.version,
    endedOn: '2026-11-01',
    endReason: 'moved',
  });
  await join('Phúc', '2000-01-01', 'M', spot.id, { startedOn: '2026-12-01' });
  await join('Giang', '1995-01-01', 'F', recon.id, { partyMember: true });
  await join('Hải', '1990-01-01', 'M', agency.id, { partyMember: true });

  const summary = await call<MilitiaSummary>(core, 'militia.summary', { asOf: '2026-11-27' });
  expect(summary.populationYear).toBe(2026);
  expect(summary.localities.map((l) => l.localityName)).toEqual([
    'Phường Đức Xuân',
    'Phường Sông Cầu',
    'Xã Dương Quang',
  ]);
  const [wardA, wardB, wardC] = summary.localities;
  expect(wardA).toEqual({
    ...ZERO,
    localityId: a.id,
    localityName: 'Phường Đức Xuân',
    population: 1234,
    members: 4,
    militia: 4,
    share: 0.32, // 4 / 1234 = 0.324 %
    partyMembers: 1,
    partyShare: 25,
    youthUnion: 1,
    standing: 1,
    mobile: 2,
    onTheSpot: 1,
    women: 1,
    termEndingSoon: 1,
    pastAgeLimit: 1,
  });
  expect(wardB).toMatchObject({ population: 5000, members: 1, share: 0.02, partyShare: 100, specialist: 1, women: 1 });
  expect(wardC).toMatchObject({ ...ZERO, population: null });
  expect(summary.agencies).toEqual({
    ...ZERO,
    members: 1,
    selfDefence: 1,
    partyMembers: 1,
    partyShare: 100,
    onTheSpot: 1,
  });
  expect(summary.totals).toEqual({
    ...ZERO,
    population: 6234,
    members: 6,
    militia: 5,
    selfDefence: 1,
    share: 0.08, // the members of wards with a population: 5 / 6234 = 0.0802 % (the agency's one is left out)
    partyMembers: 3,
    partyShare: 50,
    youthUnion: 1,
    standing: 1,
    mobile: 2,
    onTheSpot: 2,
    specialist: 1,
    women: 2,
    termEndingSoon: 1,
    pastAgeLimit: 1,
  });

  // A month earlier Em was still a member (ended 01/11/2026 = first day out) and Phúc not yet.
  const earlier = await call<MilitiaSummary>(core, 'militia.summary', { asOf: '2026-10-31' });
  expect(earlier.totals.members).toBe(7);
  expect((await call<MilitiaSummary>(core, 'militia.summary', { asOf: '2026-11-01' })).totals.members).toBe(6);
  const lastYear = await call<MilitiaSummary>(core, 'militia.summary', { asOf: '2025-06-30' });
  expect([lastYear.populationYear, lastYear.totals.population, lastYear.totals.members]).toEqual([2025, 99, 7]);
});

it('lists and sets populations per ward/commune and year, null removing a figure', async () => {
  const a = await ward(core, 'Phường Sông Cầu');
  const b = await ward(core, 'Phường Đức Xuân');
  await call(core, 'militia.population.set', { localityId: a.id, year: 2026, population: 8000 });
  await call(core, 'militia.population.set', { localityId: a.id, year: 2026, population: 8100 });
  expect(await call<LocalityPopulation[]>(core, 'militia.population.list', { year: 2026 })).toEqual([
    { localityId: b.id, localityName: 'Phường Đức Xuân', year: 2026, population: null },
    { localityId: a.id, localityName: 'Phường Sông Cầu', year: 2026, population: 8100 },
  ]);
  await call(core, 'militia.population.set', { localityId: a.id, year: 2026, population: null });
  expect((await call<LocalityPopulation[]>(core, 'militia.population.list', { year: 2026 }))[1]!.population).toBeNull();
  expect(await refusal(core, 'militia.population.set', { localityId: a.id, year: 2026, population: -1 })).toMatchObject(
    { code: 'VALIDATION_FAILED' },
  );
});

it('counts "past the age limit" as the rules do for a 29 February birthday (46th birthday on 1 March)', async () => {
  const a = await ward(core);
  const squad = await unit(core, { localityId: a.id, level: 'squad', name: 'Tiểu đội' });
  for (const [name, startedOn] of [
    ['An', '2022-02-28'],
    ['Bình', '2022-03-01'],
  ] as const) {
    const p = await person(core, name, '1980-02-29');
    const m = await call<MilitiaMember>(core, 'militia.member.create', { personId: p.id, unitId: squad.id, startedOn });
    // Today (27/11/2026) both are past 45 and their terms are over.
    expect(m.warnings.map((w) => w.code)).toEqual(['RULE_MILITIA_TERM_OVER', 'RULE_MILITIA_PAST_AGE']);
  }
  // On 01/02/2026 only Bình's term (to 01/03/2026) reaches the 46th birthday (01/03/2026, no 29/02 that year).
  const summary = await call<MilitiaSummary>(core, 'militia.summary', { asOf: '2026-02-01' });
  expect([summary.totals.members, summary.totals.pastAgeLimit, summary.totals.termEndingSoon]).toEqual([2, 1, 2]);
});
