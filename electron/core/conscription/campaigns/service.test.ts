import { describe, expect, it } from 'vitest';
import { auditFor } from '../../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import type { Locality } from '../../localities/schema';
import type { Campaign } from './schema';

let core: TestCore;
let wardA: Locality;
let wardB: Locality;

useTestCore(async (c) => {
  core = c;
  wardA = await createLocality(core, 'Phường Đức Xuân');
  wardB = await createLocality(core, 'Phường Sông Cầu');
});

const create = (input: Record<string, unknown> = {}) =>
  call<Campaign>(core, 'conscription.campaign.create', {
    year: 2024,
    handoverStart: '2024-02-26',
    handoverEnd: '2024-02-27',
    ...input,
  });

describe('conscription campaigns', () => {
  it('creates one campaign per handover year with a default title', async () => {
    const campaign = await create();
    expect(campaign).toMatchObject({ title: 'Tuyển quân năm 2024', status: 'open', version: 1, quotas: [] });
    const input = { year: 2024, handoverStart: '2024-03-01', handoverEnd: '2024-03-01' };
    expect(await refusal(core, 'conscription.campaign.create', input)).toMatchObject({
      code: 'CONFLICT_CAMPAIGN_YEAR',
      fieldErrors: { year: expect.stringContaining('2024') },
    });
    await create({ year: 2025, handoverStart: '2025-02-13', handoverEnd: '2025-02-15' });
    const list = await call<Campaign[]>(core, 'conscription.campaign.list');
    expect(list.map((c) => c.year)).toEqual([2025, 2024]);
  });

  it('refuses handover dates outside the year or ending before they start', async () => {
    const input = { year: 2024, handoverStart: '2023-12-30', handoverEnd: '2023-12-01' };
    expect(await refusal(core, 'conscription.campaign.create', input)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        handoverStart: 'Ngày giao nhận quân phải thuộc năm của đợt tuyển quân.',
        handoverEnd: 'Ngày kết thúc giao nhận quân không được trước ngày bắt đầu.',
      },
    });
  });

  it('sets quotas per locality split into army and police, with totals', async () => {
    const campaign = await create();
    const updated = await call<Campaign>(core, 'conscription.campaign.setQuotas', {
      campaignId: campaign.id,
      version: campaign.version,
      quotas: [
        { localityId: wardB.id, army: 20, police: 5 },
        { localityId: wardA.id, army: 37, police: 15 },
      ],
    });
    expect(updated.quotas).toEqual([
      { localityId: wardA.id, localityName: 'Phường Đức Xuân', army: 37, police: 15 },
      { localityId: wardB.id, localityName: 'Phường Sông Cầu', army: 20, police: 5 },
    ]);
    expect(updated.totals).toEqual({ army: 57, police: 20, total: 77 });
    // The table is replaced whole: a row left out is removed.
    const trimmed = await call<Campaign>(core, 'conscription.campaign.setQuotas', {
      campaignId: campaign.id,
      version: updated.version,
      quotas: [{ localityId: wardA.id, army: 40, police: 15 }],
    });
    expect(trimmed.totals).toEqual({ army: 40, police: 15, total: 55 });
    expect(auditFor(core.db, 'conscription_campaign', campaign.id).map((r) => r.action)).toEqual([
      'create',
      'update',
      'update',
    ]);
  });

  it('refuses negative or fractional quotas and a locality listed twice, writing nothing', async () => {
    const campaign = await create();
    expect(
      await refusal(core, 'conscription.campaign.setQuotas', {
        campaignId: campaign.id,
        version: campaign.version,
        quotas: [{ localityId: wardA.id, army: -1, police: 2.5 }],
      }),
    ).toMatchObject({
      fieldErrors: { 'quotas.0.army': 'Giá trị phải từ 0 trở lên.', 'quotas.0.police': 'Phải là số nguyên.' },
    });
    expect(
      await refusal(core, 'conscription.campaign.setQuotas', {
        campaignId: campaign.id,
        version: campaign.version,
        quotas: [
          { localityId: wardA.id, army: 1, police: 1 },
          { localityId: wardA.id, army: 2, police: 0 },
        ],
      }),
    ).toMatchObject({ fieldErrors: { 'quotas.1.localityId': 'Địa bàn này đã có trong bảng chỉ tiêu.' } });
    expect((await call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id })).quotas).toEqual([]);
  });

  it('makes a closed campaign read-only until it is reopened', async () => {
    const campaign = await create();
    const closed = await call<Campaign>(core, 'conscription.campaign.close', { id: campaign.id, version: 1 });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBe('2026-11-27T03:00:00.000Z');
    expect(
      await refusal(core, 'conscription.campaign.setQuotas', {
        campaignId: campaign.id,
        version: closed.version,
        quotas: [{ localityId: wardA.id, army: 1, police: 0 }],
      }),
    ).toMatchObject({ code: 'RULE_CAMPAIGN_CLOSED' });
    expect(
      await refusal(core, 'conscription.campaign.update', {
        id: campaign.id,
        version: closed.version,
        year: 2024,
        title: 'Khác',
        handoverStart: '2024-02-26',
        handoverEnd: '2024-02-27',
      }),
    ).toMatchObject({ code: 'RULE_CAMPAIGN_CLOSED' });
    const reopened = await call<Campaign>(core, 'conscription.campaign.reopen', {
      id: campaign.id,
      version: closed.version,
    });
    expect(reopened).toMatchObject({ status: 'open', closedAt: null });
  });

  it('keeps the result report’s narrative, audited, and refuses it on a closed campaign', async () => {
    const campaign = await create();
    expect(campaign.reportNarrative).toBe('');
    const text = 'Công tác tuyển quân được triển khai chặt chẽ.\n\nLễ giao nhận quân diễn ra trang trọng.';
    const narrative = (version: number, reportNarrative: string) => ({ id: campaign.id, version, reportNarrative });
    const saved = await call<Campaign>(
      core,
      'conscription.campaign.setNarrative',
      narrative(campaign.version, `  ${text}  `),
    );
    expect(saved).toMatchObject({ reportNarrative: text, version: campaign.version + 1 });
    expect((await call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id })).reportNarrative).toBe(text);
    const audit = auditFor(core.db, 'conscription_campaign', campaign.id);
    expect(audit.map((r) => r.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ reportNarrative: text });
    expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ reportNarrative: '' });

    expect(
      await refusal(core, 'conscription.campaign.setNarrative', narrative(campaign.version, 'Khác')),
    ).toMatchObject({ code: 'CONFLICT_VERSION' });
    expect(
      await refusal(core, 'conscription.campaign.setNarrative', narrative(saved.version, 'a'.repeat(5001))),
    ).toMatchObject({ fieldErrors: { reportNarrative: expect.stringContaining('5000') } });
    expect(
      await core.invoke('conscription.campaign.setNarrative', narrative(saved.version, 'a'.repeat(5000))),
    ).toMatchObject({ ok: true });

    const current = await call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id });
    const closed = await call<Campaign>(core, 'conscription.campaign.close', {
      id: campaign.id,
      version: current.version,
    });
    expect(
      await refusal(core, 'conscription.campaign.setNarrative', narrative(closed.version, 'Sửa sau khi kết thúc')),
    ).toMatchObject({ code: 'RULE_CAMPAIGN_CLOSED' });
    expect((await call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id })).reportNarrative).toBe(
      'a'.repeat(5000),
    );
  });

  it('shows quota localities by the name they had at the handover', async () => {
    const campaign = await create();
    await call(core, 'conscription.campaign.setQuotas', {
      campaignId: campaign.id,
      version: 1,
      quotas: [{ localityId: wardA.id, army: 10, police: 2 }],
    });
    await call(core, 'localities.rename', {
      id: wardA.id,
      name: 'Phường Bắc Kạn',
      effectiveOn: '2025-07-01',
      version: wardA.version,
    });
    const again = await call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id });
    expect(again.quotas[0]!.localityName).toBe('Phường Đức Xuân');
  });
});
