import { describe, expect, it } from 'vitest';
import { REPORT_LOCALITIES, seedReportCampaign } from '../../../../test/docs/report-campaign';
import { type TestCore, useTestCore } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import { createCampaign } from '../test-steps';
import { campaignReportData } from './report-data';

let core: TestCore;
useTestCore((c) => (core = c));

describe('the result report’s figures', () => {
  it('sets quota against the handover per locality, with totals, from the records', async () => {
    const campaign = await seedReportCampaign(core);
    const data = campaignReportData(core.context, campaign.id);
    expect(data.campaign.id).toBe(campaign.id);
    expect(
      data.localities.map((l) => [l.localityName, l.quotaArmy, l.quotaPolice, l.handedOverArmy, l.handedOverPolice]),
    ).toEqual([
      [REPORT_LOCALITIES.ducXuan, 3, 1, 2, 1],
      [REPORT_LOCALITIES.songCau, 1, 0, 0, 0],
      [REPORT_LOCALITIES.duongQuang, 2, 1, 2, 0],
    ]);
    expect(data.totals).toEqual({
      quotaArmy: 6,
      quotaPolice: 2,
      quota: 8,
      handedOverArmy: 4,
      handedOverPolice: 1,
      handedOver: 5,
    });
    expect(data.recordCount).toBe(9);
  });

  it('breaks down health classes of those examined and those handed over', async () => {
    const data = campaignReportData(core.context, (await seedReportCampaign(core)).id);
    expect(data.health.classes).toEqual([
      { healthClass: 1, examined: 2, handedOver: 2 },
      { healthClass: 2, examined: 2, handedOver: 2 },
      { healthClass: 3, examined: 2, handedOver: 1 },
      { healthClass: 4, examined: 1, handedOver: 0 },
      { healthClass: 5, examined: 0, handedOver: 0 },
      { healthClass: 6, examined: 0, handedOver: 0 },
    ]);
    expect(data.health.examined).toBe(7);
    expect(data.health.handedOverUnclassed).toBe(0);
  });

  it('groups the education of those handed over as typed, counting graduates', async () => {
    const data = campaignReportData(core.context, (await seedReportCampaign(core)).id);
    expect(data.education.groups.map((g) => [g.label, g.count])).toEqual([
      ['Đại học', 1],
      ['Cao đẳng', 1],
      ['12/12', 2],
      ['9/12', 1],
    ]);
    expect(data.education.graduates).toEqual({ college: 1, university: 1, total: 2 });
    expect(data.education.total).toBe(5);
  });

  it('counts those deferred and exempted by legal point, in the law’s order', async () => {
    const data = campaignReportData(core.context, (await seedReportCampaign(core)).id);
    expect(data.deferred).toEqual({
      points: [
        { point: 'a', count: 1 },
        { point: 'g', count: 1 },
      ],
      total: 2,
    });
    expect(data.exempted).toEqual({ points: [{ point: 'b', count: 1 }], total: 1 });
  });

  it('reports an empty campaign as zeros, listing only localities with a quota', async () => {
    const ward = await createLocality(core, 'Phường Đức Xuân');
    const handover = { year: 2028, handoverStart: '2028-02-20' };
    const campaign = await createCampaign(core, handover, [{ localityId: ward.id, army: 4, police: 0 }]);
    const data = campaignReportData(core.context, campaign.id);
    expect(data.localities).toHaveLength(1);
    expect(data.totals).toMatchObject({ quota: 4, handedOver: 0 });
    expect(data.health.examined).toBe(0);
    expect(data.education.groups).toEqual([]);
    expect(data.deferred).toEqual({ points: [], total: 0 });
    expect(data.recordCount).toBe(0);
  });
});
