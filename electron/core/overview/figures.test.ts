import { describe, expect, it } from 'vitest';
import { type TestCore, useOffice } from '../../../test/docs/document-scene';
import { call } from '../db/test-helpers';
import { createCampaign, orderedRecord } from '../conscription/test-steps';
import type { StepResult } from '../conscription/records/service';
import { buildDrillsFixture, type DrillsFixture } from '../../../test/docs/drills-fixture';
import type { ExerciseFigures } from '../exercises/public-types';
import type { Locality } from '../localities/schema';
import type { MilitiaSummary } from '../militia/public-types';
import type { ReservesSummary } from '../reserves/schema';
import { reservesFixture } from '../reserves/test-fixtures';
import type { TrainingFigures } from '../training/schema';
import type { Overview } from './public-types';

// Today in tests is 27/11/2026.
let core: TestCore;
let fixture: DrillsFixture;
useOffice(buildDrillsFixture, (scene) => ({ core, fixture } = scene), { each: true });

const overview = (input: { year?: number } = {}) => call<Overview>(core, 'overview.get', input);

describe('overview figures', () => {
  it('takes the current year by default and counts the people register and localities in use', async () => {
    const o = await overview();
    expect(o).toMatchObject({ year: 2026, today: '2026-11-27', asOf: '2026-11-27' });
    // The drills fixture registers four people (three men, one woman) in one commune.
    expect(o.people).toEqual({ total: 4, male: 3, female: 1, localities: 1 });
  });

  it('shows the year’s exercises and training as the features’ own figures count them', async () => {
    await call(core, 'exercises.exercise.create', {
      typeId: '00000000-0000-4000-8000-000000000001',
      level: 'commune',
      title: 'Diễn tập chiến đấu phòng thủ xã Dương Quang',
      plannedOn: '2026-12-15',
    });
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const exercises = await call<ExerciseFigures>(core, 'exercises.figures', range);
    const training = await call<TrainingFigures>(core, 'training.figures', range);
    const o = await overview();
    expect(o.exercises).toMatchObject({ planned: 2, done: 1, cancelled: 0 });
    expect(o.exercises.planned).toBe(exercises.planned);
    expect(o.exercises.byType).toEqual(
      exercises.byType.filter((t) => t.planned > 0).map(({ name, planned, done }) => ({ name, planned, done })),
    );
    expect(o.training).toMatchObject({
      courses: training.courses,
      participants: 3,
      attendanceRate: 80,
      goodOrBetterRate: training.goodOrBetterRate,
    });
    expect(o.training.perCourse.map((c) => c.attendanceRate)).toEqual(training.perCourse.map((c) => c.attendanceRate));

    // The exercise planned for April 2027 belongs to next year's overview.
    expect((await overview({ year: 2027 })).exercises).toMatchObject({ planned: 1, done: 0 });
  });

  it('shows force strength from the militia and reserves summaries, on 31/12 for a past year', async () => {
    await call(core, 'militia.population.set', { localityId: fixture.commune.id, year: 2026, population: 1200 });
    const f = reservesFixture(core);
    const infantry = await f.specialty('101', 'Bộ binh');
    const slot = await f.slot((await f.unit('Đại đội 2', 'combat')).id, 'Xạ thủ', infantry.id, 4);
    const a = await f.reservist((await f.person('Vi Văn Tâm', '1996-02-02')).id, { specialtyId: infantry.id });
    await f.reservist((await f.person('Hà Văn Hùng', '1995-02-02')).id, { grade: 2 });
    await f.assign(a.id, slot.id, '2026-06-01');

    const militia = await call<MilitiaSummary>(core, 'militia.summary', { asOf: '2026-11-27' });
    const reserves = await call<ReservesSummary>(core, 'reserves.summary', { asOf: '2026-11-27' });
    const o = await overview();
    expect(o.militia).toEqual({
      members: 3,
      population: 1200,
      share: 0.25,
      partyShare: militia.totals.partyShare,
      perLocality: [{ localityId: fixture.commune.id, localityName: 'Xã Dương Quang', members: 3, share: 0.25 }],
    });
    expect(o.reserves).toMatchObject({ reservists: 2, grade1: 1, grade2: 1, assigned: 1, assignmentRate: 50 });
    expect(o.reserves.specialtyMatchRate).toBe(reserves.totals.specialtyMatchRate);

    // A past year is taken on its 31 December: the militia (since March 2024) and the reservists
    // (registered in 2020) were there, the assignment (June 2026) was not yet.
    const past = await overview({ year: 2025 });
    expect(past.asOf).toBe('2025-12-31');
    expect(past.militia.members).toBe(3);
    expect(past.reserves).toMatchObject({ reservists: 2, assigned: 0 });
  });

  it('shows the year’s campaign per ward/commune, then next year’s open campaign', async () => {
    const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    const campaign = await createCampaign(core, { year: 2026, handoverStart: '2026-12-20' }, [
      { localityId: ward.id, army: 2, police: 1 },
    ]);
    const order = (fullName: string) =>
      orderedRecord(core, { campaignId: campaign.id, localityId: ward.id, fullName, orderOn: '2026-11-10' });
    const handed = await order('Trần Văn Bình');
    await order('Lê Văn Cường');
    await call<StepResult>(core, 'conscription.record.transition', {
      recordId: handed.id,
      version: handed.version,
      to: 'handed_over',
      onDate: '2026-11-20',
      receivingUnit: 'Trung đoàn 52',
      branch: 'police',
    });
    const next = await call<{ id: string }>(core, 'conscription.campaign.create', {
      year: 2027,
      handoverStart: '2027-02-24',
      handoverEnd: '2027-02-25',
    });

    const o = await overview();
    expect(o.campaigns.map((c) => [c.year, c.campaignId])).toEqual([
      [2026, campaign.id],
      [2027, next.id],
    ]);
    expect(o.campaigns[0]!.localities).toEqual([
      { localityId: ward.id, localityName: 'Phường Đức Xuân', quota: 3, officialList: 2, ordered: 2, handedOver: 1 },
    ]);
    expect(o.campaigns[0]!.totals).toEqual({
      quota: 3,
      officialList: 2,
      ordered: 2,
      handedOver: 1,
      handedOverArmy: 0,
      handedOverPolice: 1,
    });
    // 2025 had no campaign of its own; 2026's, open, was being prepared. 2028 has none.
    expect((await overview({ year: 2025 })).campaigns.map((c) => c.year)).toEqual([2026]);
    expect((await overview({ year: 2028 })).campaigns).toEqual([]);
  });
});
