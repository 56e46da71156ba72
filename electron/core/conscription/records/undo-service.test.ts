import { describe, expect, it } from 'vitest';
import { auditFor } from '../../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../../db/test-helpers';
import type { Locality } from '../../localities/schema';
import { createLocality } from '../../localities/test-steps';
import { setOffice } from '../../office/test-steps';
import type { Campaign } from '../campaigns/schema';
import { createPerson } from '../../people/test-steps';
import { createCampaign, enrolInCampaign, examine, orderedRecord, transition } from '../test-steps';
import type { ConscriptionRecordView, ConscriptionTransition } from './view';

let core: TestCore;
let campaign: Campaign;
let ward: Locality;

useTestCore(async (c) => {
  core = c;
  ward = await createLocality(core, 'Phường Đức Xuân');
  campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24' });
});

const undo = (r: { id: string; version: number }, reason = 'Ghi nhầm bước') =>
  call<ConscriptionRecordView>(core, 'conscription.record.undoStep', { recordId: r.id, version: r.version, reason });
const undoRefused = (r: { id: string; version: number }, reason = 'Ghi nhầm bước') =>
  refusal(core, 'conscription.record.undoStep', { recordId: r.id, version: r.version, reason });
const historyOf = async (id: string) =>
  (await call<{ history: ConscriptionTransition[] }>(core, 'conscription.record.get', { id })).history;

async function examined() {
  const person = await createPerson(core, 'Nguyễn Văn An', { birthDate: '2005-05-01', sex: 'M', localityId: ward.id });
  const record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-04-01' });
  return { record, examined: await examine(core, record, '2026-12-10', 1) };
}

describe('undo of a conscription step', () => {
  it('puts the record back as before its last step, keeps the step marked in the history, and audits', async () => {
    const { record, examined: after } = await examined();
    expect(after).toMatchObject({ state: 'health_exam_passed', healthClass: 1 });
    const blank = await undoRefused(after, ' ');
    expect(blank.fieldErrors).toHaveProperty('reason');
    const back = await undo(after, 'Nhập nhầm người');
    expect(back).toMatchObject({ state: 'pool', stateSince: record.stateSince, healthClass: null });
    const history = await historyOf(record.id);
    expect(history.map((h) => [h.toState, h.undoneAt !== null, h.undoReason])).toEqual([
      ['pool', false, ''],
      ['health_exam_passed', true, 'Nhập nhầm người'],
    ]);
    const audit = auditFor(core.db, 'conscription_record', record.id).at(-1)!;
    expect(JSON.parse(audit.after_json as string)).toMatchObject({
      state: 'pool',
      undoneStep: { toState: 'health_exam_passed', reason: 'Nhập nhầm người' },
    });
    // The first step (joining the campaign) is not undone: the message says what to do instead.
    const first = await undoRefused(back);
    expect(first).toMatchObject({ code: 'RULE_UNDO_STEP' });
    expect(first.message).toContain('Đưa ra khỏi danh sách');
  });

  it('refuses when the record changed since the step (the order delivered)', async () => {
    const ordered = await orderedRecord(core, {
      campaignId: campaign.id,
      localityId: ward.id,
      fullName: 'Trần Đức Bình',
      orderOn: '2026-11-20',
    });
    const { record: delivered } = await call<{ record: ConscriptionRecordView }>(
      core,
      'conscription.record.setOrderDelivered',
      { id: ordered.id, version: ordered.version, deliveredOn: '2026-11-21' },
    );
    const refused = await undoRefused(delivered);
    expect(refused.code).toBe('RULE_UNDO_STEP');
    expect(refused.message).toContain('đã có thay đổi sau bước');
    expect((await historyOf(ordered.id)).every((h) => h.undoneAt === null)).toBe(true);
  });

  it('refuses when a call-up order was issued for the citizen since the step', async () => {
    await setOffice(core);
    const ordered = await orderedRecord(core, {
      campaignId: campaign.id,
      localityId: ward.id,
      fullName: 'Lê Văn Cường',
      orderOn: '2027-02-01',
    });
    await call(core, 'documents.generate', { kind: 'conscription.callUpOrders', campaignId: campaign.id });
    const refused = await undoRefused(ordered);
    expect(refused.code).toBe('RULE_UNDO_STEP');
    expect(refused.message).toContain('lệnh gọi nhập ngũ');
  });

  it('undoes a handover-free later step, then the one before, each with its own reason', async () => {
    const { examined: after } = await examined();
    const reviewed = await transition(core, after, 'political_review_passed', '2026-12-20');
    const one = await undo(reviewed, 'Chưa có kết luận xét duyệt');
    expect(one.state).toBe('health_exam_passed');
    const two = await undo(one, 'Phiếu khám nhầm');
    expect(two).toMatchObject({ state: 'pool', healthClass: null });
  });
});
