import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../api/contract';
import { call, createTestCore } from '../db/test-helpers';
import { halfYearRange } from '../exercises/rules';
import { addDays } from '../shared/dates';
import type { DemoSeedResult } from './seed-demo';
import { seedDemoOffice } from './seed-demo';

type Campaign = ApiOutput<'conscription.campaign.list'>[number];

// One demo office for all checks: seeding takes a few seconds.
let core: ReturnType<typeof createTestCore>;
let seeded: DemoSeedResult;
let campaigns: Campaign[];
const H1_2023 = halfYearRange(2023, 1);

beforeAll(async () => {
  core = createTestCore();
  seeded = seedDemoOffice(core.context);
  campaigns = await call<Campaign[]>(core, 'conscription.campaign.list', {});
}, 60_000);
afterAll(() => core.dispose());

const campaignOf = (year: number) => campaigns.find((c) => c.year === year)!;

describe('the demo office’s first half of 2023', () => {
  it('has the six wards and two communes of the city', async () => {
    const top = (
      await call<Array<{ name: string; kind: string; parentId: string | null }>>(core, 'localities.list', {})
    )
      .filter((l) => l.parentId === null)
      .map((l) => `${l.kind}:${l.name}`)
      .sort();
    const wards = ['Đức Xuân', 'Phùng Chí Kiên', 'Sông Cầu', 'Nguyễn Thị Minh Khai', 'Huyền Tụng', 'Xuất Hóa'];
    const communes = ['Dương Quang', 'Nông Thượng'];
    expect(top).toEqual([...wards.map((w) => `ward:Phường ${w}`), ...communes.map((c) => `commune:Xã ${c}`)].sort());
  });

  it('handed over 76 of a quota of 76 in Feb 2023, army and police, every ward to its quota', async () => {
    const c2023 = campaignOf(2023);
    expect(c2023).toMatchObject({ status: 'closed', totals: { army: 70, police: 6, total: 76 } });
    expect(c2023.handoverStart).toMatch(/^2023-02-/);
    const dashboard = await call<ApiOutput<'conscription.campaign.dashboard'>>(
      core,
      'conscription.campaign.dashboard',
      { campaignId: c2023.id },
    );
    expect(dashboard.totals).toMatchObject({ handedOverArmy: 70, handedOverPolice: 6 });
    for (const l of dashboard.localities) {
      expect([l.handedOverArmy, l.handedOverPolice], l.localityName).toEqual([l.quotaArmy, l.quotaPolice]);
    }
    // Walked through its year: examined with classes, deferred and exempted by legal point.
    const records = await call<ApiOutput<'conscription.record.list'>>(core, 'conscription.record.list', {
      campaignId: c2023.id,
      pageSize: 500,
    });
    const inState = (state: string) => records.rows.filter((r) => r.state === state);
    expect(new Set(records.rows.map((r) => r.healthClass).filter((h) => h !== null)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(inState('deferred').map((r) => r.legalPoint))).toEqual(new Set(['a', 'b', 'd', 'g', 'h']));
    expect(inState('exempted').length).toBeGreaterThanOrEqual(2);
    for (const r of inState('handed_over')) {
      expect([r.handedOverOn, r.orderNumber !== null], r.fullName).toEqual([c2023.handoverStart, true]);
      // The order reached him at least 15 days before the handover (Art. 33).
      expect(r.orderDeliveredOn! <= addDays(c2023.handoverStart, -15), r.fullName).toBe(true);
    }
  });

  it('judged the 2023 handover by the texts of its day: a BMI of 17.8 and 2.0 D of myopia were called up', async () => {
    const c2023 = campaignOf(2023);
    const records = await call<ApiOutput<'conscription.record.list'>>(core, 'conscription.record.list', {
      campaignId: c2023.id,
      states: ['handed_over'],
      pageSize: 500,
    });
    // Every examined citizen has the sheet's figures, and no badge: Circular 68/2025 came after.
    expect(records.rows.every((r) => r.heightCm !== null && r.bmi !== null && r.refractionRight !== null)).toBe(true);
    expect(records.rows.filter((r) => r.warnings.length > 0)).toEqual([]);
    const thin = records.rows.find((r) => r.bmi === 17.8);
    const myopic = records.rows.find((r) => r.refractionRight === -2);
    expect(thin?.specialtyNotes).toEqual({ internal: 'Thể trạng gầy, BMI 17,8' });
    expect(myopic?.state).toBe('handed_over');
  });

  it('keeps the 2023 conscripts out of the campaigns around today', async () => {
    const people = async (year: number) =>
      new Set(
        (
          await call<ApiOutput<'conscription.record.list'>>(core, 'conscription.record.list', {
            campaignId: campaignOf(year).id,
            pageSize: 500,
          })
        ).rows.map((r) => r.personId),
      );
    const history = new Set([...(await people(2023)), ...(await people(2024))]);
    for (const year of [2026, 2027]) {
      expect([...(await people(year))].filter((id) => history.has(id))).toEqual([]);
    }
    // The open campaign of today still comes first.
    expect(campaigns[0]).toMatchObject({ year: 2027, status: 'open' });
  });

  it('prepared the 2024 campaign: quota, the 2023 pool rolled over, the 17-year-olds registered in April 2023', async () => {
    const c2024 = campaignOf(2024);
    expect(c2024.status).toBe('closed');
    expect(c2024.totals.total).toBeGreaterThan(70);
    const records = await call<ApiOutput<'conscription.record.list'>>(core, 'conscription.record.list', {
      campaignId: c2024.id,
      pageSize: 500,
    });
    expect(records.rows.filter((r) => r.state === 'pool').length).toBeGreaterThan(50);
    const registered = records.rows.filter((r) => r.state === 'first_registered');
    expect(registered.length).toBeGreaterThan(5);
    expect(registered.every((r) => r.birthDate.startsWith('2006') && r.registeredOn!.startsWith('2023-04'))).toBe(true);
  });

  it('had militia on 30/06/2023 with a share of the 2023 population, and reservists', async () => {
    const militia = await call<ApiOutput<'militia.summary'>>(core, 'militia.summary', { asOf: '2023-06-30' });
    expect(militia.totals.members).toBeGreaterThan(60);
    expect(militia.totals.share).not.toBeNull();
    expect(militia.totals.partyMembers).toBeGreaterThan(0);
    expect(militia.localities.every((l) => l.population !== null && l.members > 0)).toBe(true);
    const reserves = await call<ApiOutput<'reserves.summary'>>(core, 'reserves.summary', { asOf: '2023-06-30' });
    expect(reserves.totals.reservists).toBeGreaterThan(20);
    expect(reserves.totals.assignmentRate).toBeGreaterThan(20);
    // Today's strength is the story around today, untouched by the old term (all of it ended).
    const today = await call<ApiOutput<'militia.summary'>>(core, 'militia.summary', {});
    expect(today.totals.members).toBe(seeded.forces.militiaMembers);
  });

  it('trained militia and reservists in H1 2023, with attendance and results', async () => {
    const figures = await call<ApiOutput<'training.figures'>>(core, 'training.figures', H1_2023);
    expect(figures.courses).toBe(seeded.history.trainingCourses2023);
    expect(figures.courses).toBeGreaterThanOrEqual(3);
    expect(figures.participants).toBeGreaterThan(30);
    expect(figures.attendanceRate).toBeGreaterThan(80);
    expect(figures.attendanceRate).toBeLessThan(100);
    expect(figures.goodOrBetterRate).toBeGreaterThan(30);
    expect(figures.goodOrBetterRate).toBeLessThan(100);
  });

  it('kept readiness duty over Tết and the holidays, with patrols', async () => {
    const duty = await call<ApiOutput<'duty.figures'>>(core, 'duty.figures', H1_2023);
    // Commander and duty officer every day, two militia shifts a day over the 15 holiday days.
    expect(duty).toMatchObject({ dutyDays: 181, shifts: 181 * 2 + 15 * 2, incidents: 2, patrols: 7 });
  });

  it('held one exercise in H1 and planned the PCTT-TKCN in Đức Xuân and the combat one in Phùng Chí Kiên for H2', async () => {
    const h1 = await call<ApiOutput<'exercises.figures'>>(core, 'exercises.figures', H1_2023);
    expect([h1.planned, h1.done]).toEqual([1, 1]);
    const h2 = await call<ApiOutput<'exercises.exercise.list'>>(core, 'exercises.exercise.list', {
      year: 2023,
      half: 2,
      pageSize: 50,
    });
    const found = h2.rows.map((r) => [r.typeBuiltin, r.localityName, r.status, r.rating !== null]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['disaster_rescue', 'Phường Đức Xuân', 'done', true],
        ['combat_defence', 'Phường Phùng Chí Kiên', 'done', true],
      ]),
    );
    expect(h2.total).toBe(2);
  });
});
