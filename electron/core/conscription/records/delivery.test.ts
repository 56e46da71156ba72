import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../../db/test-helpers';
import type { Locality } from '../../localities/schema';
import type { Campaign } from '../campaigns/schema';
import type { StepResult } from './service';
import { createCampaign, orderedRecord } from '../test-steps';
import type { ConscriptionRecordView } from './view';

// Today in tests is 27/11/2026; the handover is on 05/12/2026.
let core: TestCore;
let ward: Locality;
let campaign: Campaign;

useTestCore(async (c) => {
  core = c;
  ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
  campaign = await createCampaign(core, { year: 2026, handoverStart: '2026-12-05' }, [
    { localityId: ward.id, army: 2 },
  ]);
});

const ordered = (reportDate?: string) =>
  orderedRecord(core, {
    campaignId: campaign.id,
    localityId: ward.id,
    fullName: 'Trần Văn Bình',
    orderOn: '2026-11-10',
    reportDate,
  });

const deliver = (r: { id: string; version: number }, deliveredOn: string | null) =>
  core.invoke('conscription.record.setOrderDelivered', { id: r.id, version: r.version, deliveredOn });

async function delivered(r: { id: string; version: number }, deliveredOn: string | null) {
  const result = await deliver(r, deliveredOn);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as StepResult;
}

describe('conscription.record.setOrderDelivered', () => {
  it('records the delivery day on the record, audited, and clears it with null', async () => {
    const record = await ordered();
    expect(record.orderDeliveredOn).toBeNull();
    const done = await delivered(record, '2026-11-12');
    expect(done.record).toMatchObject({ orderDeliveredOn: '2026-11-12', version: record.version + 1 });
    expect(done.warnings).toEqual([]);
    const got = await call<{ record: ConscriptionRecordView }>(core, 'conscription.record.get', { id: record.id });
    expect(got.record.orderDeliveredOn).toBe('2026-11-12');
    const audit = core.db
      .prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'update'`)
      .get(record.id) as { n: number };
    expect(audit.n).toBeGreaterThan(0);

    const cleared = await delivered(done.record, null);
    expect(cleared.record.orderDeliveredOn).toBeNull();
  });

  it('accepts the order day itself but refuses a day before the order', async () => {
    const record = await ordered();
    const early = await deliver(record, '2026-11-09');
    expect(early).toMatchObject({ ok: false, error: { code: 'RULE_DELIVERY_BEFORE_ORDER' } });
    if (!early.ok) expect(early.error.fieldErrors?.deliveredOn).toContain('10/11/2026');
    expect((await delivered(record, '2026-11-10')).record.orderDeliveredOn).toBe('2026-11-10');
  });

  it('refuses a day after the report date, accepts that day with a warning', async () => {
    const record = await ordered('2026-11-20');
    const late = await deliver(record, '2026-11-21');
    expect(late).toMatchObject({ ok: false, error: { code: 'RULE_DELIVERY_AFTER_HANDOVER' } });
    if (!late.ok) expect(late.error.message).toContain('20/11/2026');
    const sameDay = await delivered(record, '2026-11-20');
    expect(sameDay.warnings.map((w) => w.code)).toEqual(['RULE_CALL_UP_NOTICE']);
  });

  it('warns when the order reaches the citizen fewer than 15 days before the handover', async () => {
    const record = await ordered();
    const short = await delivered(record, '2026-11-21'); // 14 days before 05/12
    expect(short.warnings).toMatchObject([{ code: 'RULE_CALL_UP_NOTICE', severity: 'warning' }]);
    expect((await delivered(short.record, '2026-11-20')).warnings).toEqual([]); // exactly 15 days
  });

  it('refuses a day after today, a record without an order, and a stale version', async () => {
    const record = await ordered();
    expect(await deliver(record, '2026-11-28')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { deliveredOn: expect.any(String) } },
    });
    const pool = await call<ConscriptionRecordView>(core, 'conscription.record.create', {
      campaignId: campaign.id,
      personId: (
        await call<{ id: string }>(core, 'people.create', {
          familyName: 'Lê',
          middleName: 'Văn',
          givenName: 'Cường',
          birthDate: '2004-06-01',
          sex: 'M',
        })
      ).id,
      state: 'pool',
      onDate: '2026-01-05',
    });
    expect(await deliver(pool, '2026-11-12')).toMatchObject({ ok: false, error: { code: 'RULE_ORDER_NOT_ISSUED' } });
    await delivered(record, '2026-11-12');
    expect(await deliver(record, '2026-11-13')).toMatchObject({ ok: false, error: { code: 'CONFLICT_VERSION' } });
  });

  it('refuses a closed campaign, whose records change only by a recorded correction', async () => {
    const record = await ordered();
    const current = await call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id });
    await call(core, 'conscription.campaign.close', { id: campaign.id, version: current.version });
    expect(await deliver(record, '2026-11-12')).toMatchObject({ ok: false, error: { code: 'RULE_CAMPAIGN_CLOSED' } });
  });

  it('is cleared when the order is withdrawn and kept through the handover', async () => {
    const a = (await delivered(await ordered(), '2026-11-12')).record;
    const back = await call<StepResult>(core, 'conscription.record.transition', {
      recordId: a.id,
      version: a.version,
      to: 'pool',
      onDate: '2026-11-20',
    });
    expect(back.record).toMatchObject({ orderNumber: null, orderDeliveredOn: null });

    const b = (
      await delivered(
        await orderedRecord(core, {
          campaignId: campaign.id,
          localityId: ward.id,
          fullName: 'Phạm Văn Dũng',
          orderOn: '2026-11-10',
        }),
        '2026-11-12',
      )
    ).record;
    const handed = await call<StepResult>(core, 'conscription.record.transition', {
      recordId: b.id,
      version: b.version,
      to: 'handed_over',
      onDate: '2026-12-05',
      receivingUnit: 'Trung đoàn 52',
      branch: 'army',
    });
    expect(handed.record).toMatchObject({ state: 'handed_over', orderDeliveredOn: '2026-11-12' });
  });
});
