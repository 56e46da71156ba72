import { expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import type { MilitiaMember, MilitiaMemberPage } from './public-types';
import { person, unit, ward, wardWithUnits } from './test-fixtures';

let core: TestCore;
useTestCore((c) => (core = c));

const setup = () => wardWithUnits(core);

const member = (input: Record<string, unknown>) => call<MilitiaMember>(core, 'militia.member.create', input);
const list = (input: Record<string, unknown> = {}) => call<MilitiaMemberPage>(core, 'militia.member.list', input);

it('adds a member with the term computed from the unit: 4 years, 2 for standing militia', async () => {
  const { squad, standing } = await setup();
  const a = await person(core, 'An', '2000-01-01');
  const b = await person(core, 'Bình', '2000-01-01');
  const m = await member({ personId: a.id, unitId: squad.id, startedOn: '2025-03-01', partyMember: true });
  expect(m).toMatchObject({
    fullName: 'Nguyễn Văn An',
    unitName: 'Tiểu đội 1',
    placeName: 'Phường Đức Xuân',
    position: 'member',
    termEndsOn: '2029-03-01',
    partyMember: true,
    age: 26,
    maxAge: 45,
    ageLimitDate: '2046-01-01',
    warnings: [],
  });
  const s = await member({ personId: b.id, unitId: standing.id, startedOn: '2025-03-01' });
  expect(s.termEndsOn).toBe('2027-03-01');
  expect(auditFor(core.db, 'militia_membership', m.id).map((r) => r.action)).toEqual(['create']);
});

it('refuses a person outside the age range with the reason, and a second active membership naming the unit', async () => {
  const { squad, platoon } = await setup();
  const old = await person(core, 'Cường', '1980-05-10');
  expect(
    await refusal(core, 'militia.member.create', { personId: old.id, unitId: squad.id, startedOn: '2026-05-10' }),
  ).toMatchObject({ code: 'RULE_MILITIA_AGE', fieldErrors: { startedOn: expect.stringContaining('46 tuổi') } });
  const volunteer = await member({ personId: old.id, unitId: squad.id, startedOn: '2026-05-10', volunteer: true });
  expect(volunteer.volunteer).toBe(true);
  const again = await core.invoke('militia.member.create', {
    personId: old.id,
    unitId: platoon.id,
    startedOn: '2026-06-01',
    volunteer: true,
  });
  expect(again).toMatchObject({
    ok: false,
    error: {
      code: 'CONFLICT_MILITIA_MEMBERSHIP',
      message:
        'Công dân Nguyễn Văn Cường đang là thành viên của Tiểu đội 1 (Phường Đức Xuân) (từ ngày 10/05/2026). Cần kết thúc trước khi chuyển đơn vị.',
    },
  });
  // Once ended, the person may join again.
  await call(core, 'militia.member.end', {
    id: volunteer.id,
    version: volunteer.version,
    endedOn: '2026-06-01',
    endReason: 'moved',
  });
  expect(
    (await member({ personId: old.id, unitId: platoon.id, startedOn: '2026-06-01', volunteer: true })).unitName,
  ).toBe('Trung đội cơ động');
});

it('extends up to 2 years past the term end and flags terms ending within 90 days', async () => {
  const { standing } = await setup();
  const a = await person(core, 'An', '2000-01-01');
  // Term ends 25/02/2027, 90 days after 27/11/2026.
  const m = await member({ personId: a.id, unitId: standing.id, startedOn: '2025-02-25' });
  expect(m.termEndsOn).toBe('2027-02-25');
  expect(m.warnings).toEqual([
    { code: 'RULE_MILITIA_TERM_ENDING', message: 'Hết thời hạn tham gia ngày 25/02/2027 (còn 90 ngày).' },
  ]);
  expect(
    await refusal(core, 'militia.member.extend', { id: m.id, version: m.version, extendedUntil: '2029-02-26' }),
  ).toMatchObject({
    code: 'RULE_MILITIA_EXTENSION',
    fieldErrors: { extendedUntil: expect.stringContaining('25/02/2029') },
  });
  const extended = await call<MilitiaMember>(core, 'militia.member.extend', {
    id: m.id,
    version: m.version,
    extendedUntil: '2029-02-25',
  });
  expect(extended).toMatchObject({ termEndsOn: '2027-02-25', extendedUntil: '2029-02-25', warnings: [] });
  expect((await list({ termEndingSoon: true })).total).toBe(0);
});

it('extends sea militia, self-defence and unit commanders beyond 2 years up to the age limit (Art. 8(2))', async () => {
  const { w, squad } = await setup();
  const sea = await unit(core, { localityId: w.id, level: 'boat', component: 'sea', name: 'Thuyền 1' });
  const agency = await unit(core, {
    agency: 'Công ty Điện lực',
    force: 'self_defence',
    component: 'on_the_spot',
    name: 'Trung đội tự vệ',
  });
  // Born 15/06/1990: the end of 45 is 14/06/2036. Each term runs 01/03/2024 – 01/03/2028.
  const join = async (name: string, unitId: string, position = 'member') =>
    member({ personId: (await person(core, name, '1990-06-15')).id, unitId, startedOn: '2024-03-01', position });
  const plain = await join('An', squad.id);
  const others = [
    await join('Bình', sea.id),
    await join('Cường', agency.id),
    await join('Dũng', squad.id, 'unit_leader'),
  ];
  expect(plain).toMatchObject({ extensionGround: null, extensionMaxDate: '2030-03-01' });
  expect(others.map((m) => [m.extensionGround, m.extensionMaxDate])).toEqual([
    ['sea', '2036-06-14'],
    ['self_defence', '2036-06-14'],
    ['commander', '2036-06-14'],
  ]);
  // 2 years + 1 day: refused for the on-the-spot member, allowed for the others.
  expect(
    await refusal(core, 'militia.member.extend', { id: plain.id, version: plain.version, extendedUntil: '2030-03-02' }),
  ).toMatchObject({
    code: 'RULE_MILITIA_EXTENSION',
    fieldErrors: { extendedUntil: expect.stringContaining('khoản 2 Điều 8') },
  });
  for (const m of others) {
    const extend = (extendedUntil: string) => ({ id: m.id, version: m.version, extendedUntil });
    expect(await call<MilitiaMember>(core, 'militia.member.extend', extend('2030-03-02'))).toMatchObject({
      extendedUntil: '2030-03-02',
    });
    const again = await call<MilitiaMember>(core, 'militia.member.extend', {
      ...extend('2036-06-14'),
      version: m.version + 1,
    });
    expect(again.extendedUntil).toBe('2036-06-14');
    expect(
      await refusal(core, 'militia.member.extend', { ...extend('2036-06-15'), version: again.version }),
    ).toMatchObject({
      code: 'RULE_MILITIA_EXTENSION',
      fieldErrors: { extendedUntil: expect.stringContaining('14/06/2036') },
    });
  }
});

it('warns when a member passes the age limit before the term ends', async () => {
  const { squad } = await setup();
  const w = await person(core, 'Hoa', '1986-03-01', 'F');
  const m = await member({ personId: w.id, unitId: squad.id, startedOn: '2025-01-01' });
  expect(m.warnings.map((x) => x.code)).toEqual(['RULE_MILITIA_PAST_AGE']);
  expect(m.warnings[0]!.message).toBe('Sẽ quá độ tuổi ngày 01/03/2027, trước khi hết thời hạn tham gia (01/01/2029).');
});

it('ends a membership (not before it started) and refuses changes after', async () => {
  const { squad } = await setup();
  const a = await person(core, 'An', '2000-01-01');
  const m = await member({ personId: a.id, unitId: squad.id, startedOn: '2025-01-01' });
  const input = { id: m.id, version: m.version, endedOn: '2024-12-31', endReason: 'health' };
  expect(await refusal(core, 'militia.member.end', input)).toMatchObject({ code: 'RULE_MILITIA_END_DATE' });
  const ended = await call<MilitiaMember>(core, 'militia.member.end', {
    id: m.id,
    version: m.version,
    endedOn: '2026-11-27',
    endReason: 'health',
  });
  expect(ended).toMatchObject({ endedOn: '2026-11-27', endReason: 'health', warnings: [] });
  expect(
    await refusal(core, 'militia.member.extend', { id: m.id, version: ended.version, extendedUntil: '2029-06-01' }),
  ).toMatchObject({ code: 'RULE_MILITIA_MEMBERSHIP_ENDED' });
  expect((await list()).total).toBe(0);
  expect((await list({ status: 'ended' })).rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
});

it('updates position and unit, recomputing the term for a standing unit', async () => {
  const { squad, standing } = await setup();
  const a = await person(core, 'An', '2000-01-01');
  const m = await member({ personId: a.id, unitId: squad.id, startedOn: '2025-01-01' });
  const updated = await call<MilitiaMember>(core, 'militia.member.update', {
    id: m.id,
    version: m.version,
    unitId: standing.id,
    position: 'unit_leader',
    startedOn: '2025-01-01',
    youthUnion: true,
  });
  expect(updated).toMatchObject({
    unitName: 'Tiểu đội thường trực',
    position: 'unit_leader',
    termEndsOn: '2027-01-01',
    youthUnion: true,
  });
  const stale = { id: m.id, version: m.version, unitId: squad.id, startedOn: '2025-01-01' };
  expect(await refusal(core, 'militia.member.update', stale)).toMatchObject({ code: 'CONFLICT_VERSION' });
});

it('lists in Vietnamese name order with paging, search and filters', async () => {
  const { w, platoon, squad, standing } = await setup();
  const other = await ward(core, 'Xã Nông Thượng');
  const village = await call<Locality>(core, 'localities.create', {
    name: 'Thôn Nà Ỏi',
    kind: 'village',
    parentId: other.id,
  });
  const otherSquad = await unit(core, {
    localityId: other.id,
    level: 'squad',
    component: 'on_the_spot',
    name: 'Tiểu đội tại chỗ',
  });
  const people = [
    ['Bình', '2000-01-01', 'Trần', squad.id],
    ['An', '1990-01-01', 'Lê', squad.id],
    ['Anh', '1985-01-01', 'Đỗ', platoon.id],
    ['Ánh', '2004-01-01', 'Bế', standing.id],
    ['Dũng', '1981-06-01', 'Hà', otherSquad.id],
  ] as const;
  for (const [given, birth, family, unitId] of people) {
    const p = await person(core, given, birth, 'M', family);
    await member({
      personId: p.id,
      unitId,
      startedOn: '2025-01-01',
      position: given === 'Anh' ? 'unit_leader' : 'member',
    });
  }
  const names = (page: MilitiaMemberPage) => page.rows.map((r) => r.fullName);
  expect(names(await list())).toEqual(['Lê Văn An', 'Đỗ Văn Anh', 'Bế Văn Ánh', 'Trần Văn Bình', 'Hà Văn Dũng']);
  const page2 = await list({ page: 2, pageSize: 2 });
  expect([names(page2), page2.total]).toEqual([['Bế Văn Ánh', 'Trần Văn Bình'], 5]);
  expect(names(await list({ search: 'tran binh' }))).toEqual(['Trần Văn Bình']);
  expect(names(await list({ unitId: platoon.id }))).toEqual(['Lê Văn An', 'Đỗ Văn Anh', 'Trần Văn Bình']);
  expect(names(await list({ localityId: other.id }))).toEqual(['Hà Văn Dũng']);
  expect(names(await list({ localityId: w.id, component: 'standing' }))).toEqual(['Bế Văn Ánh']);
  expect(names(await list({ position: 'unit_leader' }))).toEqual(['Đỗ Văn Anh']);
  expect(names(await list({ force: 'self_defence' }))).toEqual([]);
  // Ages on 27/11/2026: 26, 36, 41, 22, 45.
  expect(names(await list({ ageBand: '18-25' }))).toEqual(['Bế Văn Ánh']);
  expect(names(await list({ ageBand: '26-35' }))).toEqual(['Trần Văn Bình']);
  expect(names(await list({ ageBand: '36-45' }))).toEqual(['Lê Văn An', 'Đỗ Văn Anh', 'Hà Văn Dũng']);
  expect(names(await list({ ageBand: 'over45' }))).toEqual([]);
  // The standing term ends 01/01/2027 (within 90 days); Dũng turns 46 on 01/06/2027, before his term ends.
  expect(names(await list({ termEndingSoon: true }))).toEqual(['Bế Văn Ánh']);
  const dung = (await list({ search: 'dung' })).rows[0]!;
  expect(dung.warnings.map((x) => x.code)).toEqual(['RULE_MILITIA_PAST_AGE']);
  expect(village.parentId).toBe(other.id);
});

it('follows a person’s corrected name and birth date (copied onto the membership) in order and age filters', async () => {
  const { squad } = await setup();
  const a = await person(core, 'An', '2000-01-01');
  const b = await person(core, 'Bình', '2000-01-01');
  for (const p of [a, b]) await member({ personId: p.id, unitId: squad.id, startedOn: '2025-01-01' });
  await call(core, 'people.update', {
    id: a.id,
    version: a.version,
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'Xuân',
    birthDate: '1988-01-01',
    sex: 'M',
  });
  expect((await list()).rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn Bình', 'Nguyễn Văn Xuân']);
  expect((await list({ ageBand: '36-45' })).rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn Xuân']);
});
