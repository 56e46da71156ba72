import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import { createCampaign, orderedRecord } from '../conscription/test-steps';
import type { Exercise } from '../exercises/public-types';
import type { MilitiaMember } from '../militia/public-types';
import { person, unit } from '../militia/test-fixtures';
import { reservesFixture } from '../reserves/test-fixtures';
import type { Overview, OverviewAlert, OverviewAlertKind } from './public-types';

// Today in tests is 27/11/2026.
const RESCUE = '00000000-0000-4000-8000-000000000002';

let core: TestCore;
let ward: Locality;
useTestCore(async (c) => {
  core = c;
  ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
});

async function alert(kind: OverviewAlertKind): Promise<OverviewAlert> {
  const overview = await call<Overview>(core, 'overview.get', {});
  return overview.alerts.find((a) => a.kind === kind)!;
}

describe('overview alerts', () => {
  it('names militia terms ending within 90 days, and drops one once extended', async () => {
    const standing = await unit(core, {
      localityId: ward.id,
      level: 'squad',
      component: 'standing',
      name: 'Tiểu đội thường trực',
    });
    const member = (givenName: string, startedOn: string) =>
      person(core, givenName, '2000-01-01').then((p) =>
        call<MilitiaMember>(core, 'militia.member.create', { personId: p.id, unitId: standing.id, startedOn }),
      );
    const soon = await member('An', '2025-01-15'); // two years: ends 15/01/2027, 49 days away
    await member('Bình', '2025-03-01'); // ends 01/03/2027, 94 days away
    expect(await alert('militiaTermEnding')).toEqual({
      kind: 'militiaTermEnding',
      count: 1,
      items: [
        {
          id: soon.id,
          name: 'Nguyễn Văn An',
          detail: 'Tiểu đội thường trực (Phường Đức Xuân) · hết nhiệm kỳ 15/01/2027',
        },
      ],
      link: '#/dan-quan-tu-ve/danh-sach',
    });

    await call(core, 'militia.member.extend', { id: soon.id, version: soon.version, extendedUntil: '2029-01-15' });
    expect(await alert('militiaTermEnding')).toMatchObject({ count: 0, items: [] });
  });

  it('names reservists past the age limit, and drops one once removed from the register', async () => {
    const f = reservesFixture(core);
    const old = await f.reservist((await f.person('Hoàng Văn Tâm', '1980-05-01')).id); // 46, a soldier's limit is 45
    await f.reservist((await f.person('Vi Văn Hùng', '1981-12-01')).id); // 44
    expect(await alert('reservistPastAge')).toEqual({
      kind: 'reservistPastAge',
      count: 1,
      items: [{ id: old.id, name: 'Hoàng Văn Tâm', detail: 'Hạ sĩ quan, binh sĩ dự bị · sinh 01/05/1980 (46 tuổi)' }],
      link: '#/quan-nhan-du-bi/danh-sach',
    });

    await f.remove(old.id, '2026-11-27', 'Hết tuổi phục vụ');
    expect(await alert('reservistPastAge')).toMatchObject({ count: 0, items: [] });
  });

  it('names call-up orders not delivered 15 days before the handover (MIN_NOTICE_DAYS), gone once delivered', async () => {
    const campaign = await createCampaign(core, { year: 2026, handoverStart: '2026-12-20' }, [
      { localityId: ward.id, army: 3 },
    ]);
    const order = (fullName: string, reportDate: string) =>
      orderedRecord(core, {
        campaignId: campaign.id,
        localityId: ward.id,
        fullName,
        orderOn: '2026-11-10',
        reportDate,
      });
    const due = await order('Trần Văn Bình', '2026-12-12'); // 15 days away: due now
    await order('Lê Văn Cường', '2026-12-13'); // 16 days away: not yet
    const delivered = await order('Phạm Văn Dũng', '2026-12-05');
    await call(core, 'conscription.record.setOrderDelivered', {
      id: delivered.id,
      version: delivered.version,
      deliveredOn: '2026-11-12',
    });
    expect(await alert('orderUndelivered')).toEqual({
      kind: 'orderUndelivered',
      count: 1,
      items: [{ id: due.id, name: 'Trần Văn Bình', detail: `Lệnh số ${due.orderNumber} · giao nhận quân 12/12/2026` }],
      link: `#/tuyen-quan/${campaign.id}/cong-dan`,
    });

    await call(core, 'conscription.record.setOrderDelivered', {
      id: due.id,
      version: due.version,
      deliveredOn: '2026-11-27',
    });
    expect(await alert('orderUndelivered')).toMatchObject({ count: 0, items: [], link: '#/tuyen-quan' });
  });

  it('names exercises past their planned days without a result, gone once the result is recorded', async () => {
    const create = (title: string, plannedOn: string, plannedUntil: string | null = null) =>
      call<Exercise>(core, 'exercises.exercise.create', {
        typeId: RESCUE,
        level: 'commune',
        title,
        plannedOn,
        plannedUntil,
      });
    let late = await create('Diễn tập PCTT-TKCN phường Đức Xuân', '2026-10-01', '2026-10-03');
    await create('Diễn tập chiến đấu phòng thủ', '2026-11-20', '2026-11-27'); // its last day is today
    await create('Diễn tập khu vực phòng thủ', '2026-12-20');
    expect(await alert('exerciseOverdue')).toEqual({
      kind: 'exerciseOverdue',
      count: 1,
      items: [
        { id: late.id, name: 'Diễn tập PCTT-TKCN phường Đức Xuân', detail: 'Dự kiến đến 03/10/2026, chưa ghi kết quả' },
      ],
      link: '#/dien-tap-huan-luyen/dien-tap',
    });

    late = await call<Exercise>(core, 'exercises.exercise.transition', {
      id: late.id,
      version: late.version,
      to: 'preparing',
    });
    expect((await alert('exerciseOverdue')).count).toBe(1); // being prepared is still no result
    await call(core, 'exercises.exercise.transition', {
      id: late.id,
      version: late.version,
      to: 'done',
      startedOn: '2026-10-01',
      endedOn: '2026-10-03',
      rating: 'good',
    });
    expect(await alert('exerciseOverdue')).toMatchObject({ count: 0, items: [] });
  });

  it('names at most five records while counting them all', async () => {
    for (let i = 1; i <= 7; i += 1) {
      await call(core, 'exercises.exercise.create', {
        typeId: RESCUE,
        level: 'commune',
        title: `Diễn tập ${i}`,
        plannedOn: `2026-0${i}-10`,
      });
    }
    const overdue = await alert('exerciseOverdue');
    expect(overdue.count).toBe(7);
    expect(overdue.items.map((i) => i.name)).toEqual([
      'Diễn tập 1',
      'Diễn tập 2',
      'Diễn tập 3',
      'Diễn tập 4',
      'Diễn tập 5',
    ]);
  });
});
