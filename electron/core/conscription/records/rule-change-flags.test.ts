import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import { createPerson } from '../../people/test-steps';
import type { Campaign } from '../campaigns/schema';
import {
  createCampaign,
  enrolInCampaign,
  examine,
  REPORT_AT_STADIUM,
  transition,
  transitionThrough,
} from '../test-steps';
import { ruleChangeFlags } from './rule-change-flags';
import type { ConscriptionRecordRow } from './view';

/**
 * Issue 17: Circular 68/2025 and Law 98/2025 apply from 01/07/2025. A campaign whose handover falls
 * after that day, with records examined or ordered before it, flags those records for a re-check
 * and changes nothing in them.
 */
let core: TestCore;
let wardId: string;
let serial = 0;

useTestCore(async (c) => {
  core = c;
  wardId = (await createLocality(core, 'Phường Đức Xuân')).id;
});

async function examinedOn(campaign: Campaign, examOn: string, healthClass = 2) {
  const person = await createPerson(core, `Nguyễn Văn Khám ${String.fromCharCode(65 + serial++)}`, {
    birthDate: '2004-05-10',
    sex: 'M',
    localityId: wardId,
  });
  const record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2025-04-01' });
  return examine(core, record, examOn, healthClass);
}

async function rowsOf(campaign: Campaign) {
  const page = await call<{ rows: ConscriptionRecordRow[] }>(core, 'conscription.record.list', {
    campaignId: campaign.id,
  });
  return new Map(page.rows.map((r) => [r.id, r]));
}

const flagsOf = (row: ConscriptionRecordRow | undefined) =>
  (row?.warnings ?? []).filter((w) => w.code === 'RULE_CHANGED_SINCE_STEP');

describe('records judged before a rule changed, in a campaign handed over after it', () => {
  it('flags an exam held before 01/07/2025 (Circular 68/2025), not one held after, and changes neither', async () => {
    const campaign = await createCampaign(core, { year: 2025, handoverStart: '2025-09-10' });
    const before = await transitionThrough(
      core,
      await examinedOn(campaign, '2025-06-20'),
      ['political_review_passed'],
      '2025-06-25',
    );
    const after = await examinedOn(campaign, '2025-07-02');

    const rows = await rowsOf(campaign);
    const flags = flagsOf(rows.get(before.id));
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toBe(
      'Bước "Khám sức khỏe đạt (loại 1–3)" ngày 20/06/2025 chưa được xét theo điểm c khoản 3 Điều 4 Thông tư số 148/2018/TT-BQP (được sửa đổi, bổ sung bởi Thông tư số 68/2025/TT-BQP), áp dụng từ ngày 01/07/2025 (trước ngày giao nhận quân 10/09/2025). Cần kiểm tra lại hồ sơ theo quy định mới.',
    );
    expect(flagsOf(rows.get(after.id))).toEqual([]);
    // Flagged, not silently changed: the record keeps its state, class and version.
    expect(rows.get(before.id)).toMatchObject({
      state: 'political_review_passed',
      healthClass: 2,
      version: before.version,
    });
  });

  it('clears the flag once the exam is re-done under the new text', async () => {
    const campaign = await createCampaign(core, { year: 2025, handoverStart: '2025-09-10' });
    const record = await examinedOn(campaign, '2025-06-20');
    expect(flagsOf((await rowsOf(campaign)).get(record.id))).toHaveLength(1);
    await examine(core, record, '2025-07-15', 2, { isCorrection: true, note: 'Khám lại theo Thông tư 68/2025/TT-BQP' });
    expect(flagsOf((await rowsOf(campaign)).get(record.id))).toEqual([]);
  });

  it('flags a call-up order signed before Law 98/2025 moved the decision to the commune chair', async () => {
    const campaign = await createCampaign(core, { year: 2025, handoverStart: '2025-07-20' });
    let record = await examinedOn(campaign, '2025-06-10', 1);
    record = await transitionThrough(core, record, ['political_review_passed', 'official_list'], '2025-06-15');
    record = await transition(core, record, 'call_up_ordered', '2025-06-20', REPORT_AT_STADIUM);
    const messages = flagsOf((await rowsOf(campaign)).get(record.id)).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^Bước "Khám sức khỏe đạt \(loại 1–3\)" ngày 10\/06\/2025 chưa được xét theo/);
    expect(messages[1]).toMatch(/^Bước "Đã có lệnh gọi nhập ngũ" ngày 20\/06\/2025 được xét theo Điều 34 /);
    expect(messages[1]).toContain('(được sửa đổi, bổ sung bởi Luật số 98/2025/QH15)');
  });

  it('flags nothing in a campaign whose every step came after the change', async () => {
    const campaign = await createCampaign(core, { year: 2026, handoverStart: '2026-03-04' });
    const record = await transitionThrough(
      core,
      await examinedOn(campaign, '2025-12-01', 1),
      ['political_review_passed', 'official_list'],
      '2025-12-20',
    );
    expect(flagsOf((await rowsOf(campaign)).get(record.id))).toEqual([]);
  });
});

describe('ruleChangeFlags', () => {
  const open = { status: 'open' as const, handoverStart: '2025-09-10' };

  it('names the text before and after for a rule that changed, and stays quiet for a closed campaign', () => {
    const flags = ruleChangeFlags({ state: 'call_up_ordered' }, open, { call_up_ordered: '2025-06-30' });
    expect(flags.map((f) => f.message)).toEqual([
      'Bước "Đã có lệnh gọi nhập ngũ" ngày 30/06/2025 được xét theo Điều 34 Luật Nghĩa vụ quân sự số 78/2015/QH13; từ ngày 01/07/2025 (trước ngày giao nhận quân 10/09/2025) áp dụng Điều 34 Luật Nghĩa vụ quân sự số 78/2015/QH13 (được sửa đổi, bổ sung bởi Luật số 98/2025/QH15). Cần kiểm tra lại hồ sơ theo quy định mới.',
    ]);
    expect(
      ruleChangeFlags({ state: 'call_up_ordered' }, { ...open, status: 'closed' }, { call_up_ordered: '2025-06-30' }),
    ).toEqual([]);
    // On the day the new text applies, the step was judged by it.
    expect(ruleChangeFlags({ state: 'call_up_ordered' }, open, { call_up_ordered: '2025-07-01' })).toEqual([]);
  });

  it('gives one flag per step and day, and none to a record that left the path to the call-up', () => {
    const exam = { health_exam_passed: '2025-06-30' } as const;
    expect(ruleChangeFlags({ state: 'official_list' }, open, exam)).toHaveLength(1);
    expect(ruleChangeFlags({ state: 'deferred' }, open, exam)).toEqual([]);
    // An exam in 2023 for a handover in 2025 crosses both changes of the health standard.
    expect(ruleChangeFlags({ state: 'official_list' }, open, { health_exam_passed: '2023-12-20' })).toHaveLength(2);
  });
});
