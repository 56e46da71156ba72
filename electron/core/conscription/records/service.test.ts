import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../../db/test-helpers';
import type { Locality } from '../../localities/schema';
import type { Person } from '../../people/schema';
import { citizenIdFor, createPerson } from '../../people/test-steps';
import { createLocality } from '../../localities/test-steps';
import type { Campaign } from '../campaigns/schema';
import { createCampaign, enrolInCampaign, examine, transition } from '../test-steps';
import type { ConscriptionRecordView, ConscriptionTransition } from './view';

let core: TestCore;
let campaign: Campaign;
let ward: Locality;
let village: Locality;
let serial = 0;

useTestCore(async (c) => {
  core = c;
  ward = await createLocality(core, 'Phường Đức Xuân');
  village = await createLocality(core, 'Tổ 7', 'residential_group', ward.id);
  const handover = { year: 2027, handoverStart: '2027-02-24', handoverEnd: '2027-02-25' };
  campaign = await createCampaign(core, handover, [{ localityId: ward.id, army: 2, police: 1 }]);
});

async function enrol(fullName: string, birthDate: string, localityId = village.id): Promise<ConscriptionRecordView> {
  const citizenId = citizenIdFor(birthDate, 'M', ++serial);
  const person = await createPerson(core, fullName, { birthDate, sex: 'M', citizenId, localityId });
  return enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-04-01' });
}

const move = (r: { id: string; version: number }, to: string, extra: Record<string, unknown> = {}) =>
  core.invoke('conscription.record.transition', {
    recordId: r.id,
    version: r.version,
    to,
    onDate: '2026-12-20',
    ...extra,
  });
const moved = (r: { id: string; version: number }, to: string, extra: Record<string, unknown> = {}) =>
  transition(core, r, to, '2026-12-20', extra);
const exam = (r: ConscriptionRecordView, healthClass: number) => examine(core, r, '2026-12-10', healthClass);

describe('a citizen through the campaign', () => {
  it('goes from the pool to the handover with a dated history and sequential call-up orders', async () => {
    let a = await enrol('Nguyễn Văn An', '2005-05-01');
    let b = await enrol('Trần Đức Bình', '2008-02-25');
    a = await exam(a, 1);
    b = await exam(b, 3);
    expect([a.state, a.healthClass, b.state, b.healthClass]).toEqual([
      'health_exam_passed',
      1,
      'health_exam_passed',
      3,
    ]);
    a = await moved(a, 'political_review_passed');
    b = await moved(b, 'political_review_passed');
    a = await moved(a, 'official_list');
    b = await moved(b, 'official_list');

    const orders = await call<{
      records: ConscriptionRecordView[];
      warnings: Array<{ code: string; recordId: string }>;
    }>(core, 'conscription.record.transitionMany', {
      records: [a, b].map(({ id, version }) => ({ id, version })),
      to: 'call_up_ordered',
      onDate: '2027-02-12',
      reportTime: '07:00',
      reportPlace: 'Sân vận động thành phố',
    });
    expect(orders.records.map((r) => r.orderNumber)).toEqual([1, 2]);
    expect(orders.records[0]).toMatchObject({
      reportDate: '2027-02-24',
      reportTime: '07:00',
      state: 'call_up_ordered',
    });
    // 12 days before the handover: the 15-day notice rule warns but does not block.
    expect(orders.warnings.map((w) => w.code)).toEqual(['RULE_CALL_UP_NOTICE', 'RULE_CALL_UP_NOTICE']);

    // The order was issued for the army (no branch chosen), so only the receiving unit is missing.
    expect(orders.records[0]!.branch).toBe('army');
    const missing = await move(orders.records[0]!, 'handed_over', { onDate: '2027-02-24' });
    expect(missing).toMatchObject({
      ok: false,
      error: { fieldErrors: { receivingUnit: 'Cần nhập đơn vị nhận quân.' } },
    });
    const handed = await moved(orders.records[0]!, 'handed_over', {
      onDate: '2027-02-24',
      receivingUnit: 'Sư đoàn 346',
      branch: 'army',
    });
    expect(handed).toMatchObject({ state: 'handed_over', receivingUnit: 'Sư đoàn 346', branch: 'army' });

    const { history } = await call<{ history: ConscriptionTransition[] }>(core, 'conscription.record.get', {
      id: a.id,
    });
    expect(history.map((h) => h.toState)).toEqual([
      'pool',
      'health_exam_passed',
      'political_review_passed',
      'official_list',
      'call_up_ordered',
      'handed_over',
    ]);
    expect(history[1]).toMatchObject({ onDate: '2026-12-10', actor: 'tester', details: { healthClass: 1 } });

    const dashboard = await call<{
      states: Record<string, number>;
      localities: Array<{ localityName: string; quotaArmy: number; officialList: number; handedOverArmy: number }>;
    }>(core, 'conscription.campaign.dashboard', { campaignId: campaign.id });
    expect(dashboard.states).toMatchObject({ handed_over: 1, call_up_ordered: 1, pool: 0 });
    expect(dashboard.localities).toEqual([
      expect.objectContaining({ localityName: 'Phường Đức Xuân', quotaArmy: 2, officialList: 2, handedOverArmy: 1 }),
    ]);
  });

  it('refuses the official list for health class 4 with the reason, and for an age outside the window', async () => {
    const weak = await exam(await enrol('Lê Văn Cường', '2004-01-01'), 4);
    expect(weak.state).toBe('health_exam_failed');
    const refused = await move(weak, 'official_list');
    expect(refused).toMatchObject({ ok: false, error: { code: 'RULE_HEALTH_CLASS' } });
    if (!refused.ok) expect(refused.error.message).toContain('Sức khỏe loại 4');

    let young = await enrol('Phạm Văn Dũng', '2009-02-25'); // 17 on 24 Feb 2027
    young = await moved(await exam(young, 2), 'political_review_passed');
    const tooYoung = await move(young, 'official_list');
    expect(tooYoung).toMatchObject({ ok: false, error: { code: 'RULE_AGE_OUT_OF_RANGE' } });
    if (!tooYoung.ok) expect(tooYoung.error.message).toContain('chưa đủ 18 tuổi');
  });

  it('keeps a study deferral (point g) and lets it extend the call-up age to 27', async () => {
    let student = await enrol('Hoàng Minh Đức', '2000-06-01'); // 26 on the handover day
    student = await moved(student, 'deferred', {
      legalPoint: 'g',
      studyDeferral: true,
      deferralYear: 2026,
      onDate: '2026-11-01',
    });
    expect(student).toMatchObject({ state: 'deferred', legalPoint: 'g', studyDeferral: true, deferralYear: 2026 });
    const noPoint = await move(await enrol('Vũ Văn Em', '2005-01-01'), 'deferred', {});
    expect(noPoint).toMatchObject({
      ok: false,
      error: { fieldErrors: { legalPoint: expect.stringContaining('Điều 41') } },
    });
    // Back into the pool next cycle, examined and reviewed: age 26 passes thanks to the study deferral.
    student = await moved(student, 'pool', { onDate: '2026-11-02' });
    student = await moved(await exam(student, 2), 'political_review_passed');
    expect(await move(student, 'official_list')).toMatchObject({ ok: true });
  });

  it('moves a selection all or nothing: one refusal leaves every record as it was', async () => {
    const a = await exam(await enrol('Nguyễn Văn An', '2005-05-01'), 1);
    const b = await enrol('Trần Văn Bình', '2005-05-01'); // still in the pool
    const result = await core.invoke('conscription.record.transitionMany', {
      records: [a, b].map(({ id, version }) => ({ id, version })),
      to: 'political_review_passed',
      onDate: '2026-12-20',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'RULE_TRANSITION' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Trần Văn Bình: /);
    const again = await call<{ record: ConscriptionRecordView }>(core, 'conscription.record.get', { id: a.id });
    expect(again.record).toMatchObject({ state: 'health_exam_passed', version: a.version });
  });

  it('refuses steps on a closed campaign unless they are recorded corrections with a note', async () => {
    const a = await exam(await enrol('Nguyễn Văn An', '2005-05-01'), 1);
    await call(core, 'conscription.campaign.close', { id: campaign.id, version: campaign.version });
    expect(await move(a, 'political_review_passed')).toMatchObject({
      ok: false,
      error: { code: 'RULE_CAMPAIGN_CLOSED' },
    });
    expect(await move(a, 'political_review_passed', { isCorrection: true })).toMatchObject({
      ok: false,
      error: { fieldErrors: { note: 'Đính chính phải ghi rõ lý do đính chính.' } },
    });
    const fixed = await moved(a, 'political_review_passed', { isCorrection: true, note: 'Bổ sung kết quả thẩm tra' });
    expect(fixed.state).toBe('political_review_passed');
    const { history } = await call<{ history: ConscriptionTransition[] }>(core, 'conscription.record.get', {
      id: a.id,
    });
    expect(history.at(-1)).toMatchObject({ isCorrection: true, note: 'Bổ sung kết quả thẩm tra' });
  });

  it('refuses a stale version and a second record for the same person', async () => {
    const a = await enrol('Nguyễn Văn An', '2005-05-01');
    await exam(a, 1);
    expect(await move(a, 'deferred', { legalPoint: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT_VERSION' },
    });
    const input = { campaignId: campaign.id, personId: a.personId, state: 'pool', onDate: '2026-04-02' };
    expect(await refusal(core, 'conscription.record.create', input)).toMatchObject({ code: 'CONFLICT_RECORD' });
  });
});

describe('the year', () => {
  it('rolls those neither enlisted, exempted nor removed into next year’s pool in one action', async () => {
    const deferred = await moved(await enrol('Nguyễn Văn An', '2005-05-01'), 'deferred', { legalPoint: 'b' });
    const failed = await exam(await enrol('Trần Văn Bình', '2005-05-01'), 5);
    await moved(await enrol('Lê Văn Cường', '2005-05-01'), 'exempted', { legalPoint: 'a' });
    await moved(await enrol('Phạm Văn Dũng', '2005-05-01'), 'removed', { reason: 'Chuyển đi nơi khác' });
    const next = await call<Campaign>(core, 'conscription.campaign.create', {
      year: 2028,
      handoverStart: '2028-02-20',
      handoverEnd: '2028-02-20',
    });
    const result = await call<{ carried: number; skipped: number }>(core, 'conscription.record.rollOver', {
      fromCampaignId: campaign.id,
      toCampaignId: next.id,
      onDate: '2027-03-01',
    });
    expect(result).toEqual({ carried: 2, skipped: 2 });
    const pool = await call<{ rows: ConscriptionRecordView[] }>(core, 'conscription.record.list', {
      campaignId: next.id,
    });
    expect(pool.rows.map((r) => [r.fullName, r.state])).toEqual([
      ['Nguyễn Văn An', 'pool'],
      ['Trần Văn Bình', 'pool'],
    ]);
    expect([deferred.personId, failed.personId]).toEqual(pool.rows.map((r) => r.personId));
    // Running it again adds nobody twice.
    expect(
      await call(core, 'conscription.record.rollOver', {
        fromCampaignId: campaign.id,
        toCampaignId: next.id,
        onDate: '2027-03-02',
      }),
    ).toEqual({ carried: 0, skipped: 2 });
  });

  it('lists the males turning 17 in a year from the people register', async () => {
    await enrol('Nguyễn Văn An', '2010-12-31');
    await enrol('Trần Văn Bình', '2011-01-01');
    await createPerson(core, 'Lê Chi', { birthDate: '2010-05-05', sex: 'F' });
    const list = await call<{ rows: Person[]; birthYear: number }>(core, 'conscription.age17.list', { year: 2027 });
    expect(list.birthYear).toBe(2010);
    expect(list.rows.map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
  });

  it('filters the campaign list by state, age on the handover day and health class', async () => {
    const a = await exam(await enrol('Nguyễn Văn An', '2005-05-01'), 1);
    await exam(await enrol('Trần Văn Bình', '2001-01-01'), 2);
    await enrol('Lê Văn Cường', '2008-06-01');
    const q = (input: Record<string, unknown>) =>
      call<{ rows: ConscriptionRecordView[] }>(core, 'conscription.record.list', { campaignId: campaign.id, ...input });
    expect((await q({ states: ['pool'] })).rows.map((r) => r.fullName)).toEqual(['Lê Văn Cường']);
    expect((await q({ healthClass: 1 })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await q({ ageFrom: 21, ageTo: 25 })).rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
    expect((await q({ search: 'binh' })).rows.map((r) => r.fullName)).toEqual(['Trần Văn Bình']);
  });
});

describe('the list', () => {
  it('marks rows whose facts break a rule, and sorts by order number for the handover', async () => {
    let a = await exam(await enrol('Nguyễn Văn An', '2005-05-01'), 1);
    let b = await exam(await enrol('Trần Văn Bình', '2005-05-01'), 1);
    a = await moved(await moved(a, 'political_review_passed'), 'official_list');
    b = await moved(await moved(b, 'political_review_passed'), 'official_list');
    await moved(b, 'call_up_ordered', { onDate: '2027-02-01', orderNumber: 1 });
    await moved(a, 'call_up_ordered', { onDate: '2027-02-20', orderNumber: 2 });
    const list = await call<{ rows: Array<ConscriptionRecordView & { warnings: Array<{ code: string }> }> }>(
      core,
      'conscription.record.list',
      { campaignId: campaign.id, sort: 'orderNumber' },
    );
    expect(list.rows.map((r) => [r.fullName, r.orderNumber, r.warnings.map((w) => w.code)])).toEqual([
      ['Trần Văn Bình', 1, []],
      ['Nguyễn Văn An', 2, ['RULE_CALL_UP_NOTICE']],
    ]);
  });

  it('corrects a closed campaign’s exam result as a recorded correction', async () => {
    const a = await exam(await enrol('Nguyễn Văn An', '2005-05-01'), 1);
    await call(core, 'conscription.campaign.close', { id: campaign.id, version: campaign.version });
    const fixed = await examine(core, a, '2026-12-11', 2, { isCorrection: true, note: 'Hội đồng khám lại' });
    expect(fixed.healthClass).toBe(2);
  });
});

describe('locality order', () => {
  it('sorts wards/communes in Vietnamese order (Đ after D), villages with their ward', async () => {
    const dong = await createLocality(core, 'Phường Dương Quang');
    const song = await createLocality(core, 'Phường Sông Cầu');
    const people = [
      ['Nguyễn Văn An', song.id],
      ['Trần Văn Bình', dong.id],
      ['Lê Văn Cường', village.id], // Tổ 7, Phường Đức Xuân
      ['Phạm Văn Dũng', ward.id], // Phường Đức Xuân itself
    ] as const;
    for (const [name, localityId] of people) await enrol(name, '2005-01-01', localityId);
    const list = await call<{ rows: ConscriptionRecordView[] }>(core, 'conscription.record.list', {
      campaignId: campaign.id,
    });
    expect(list.rows.map((r) => r.fullName)).toEqual([
      'Trần Văn Bình',
      'Phạm Văn Dũng',
      'Lê Văn Cường',
      'Nguyễn Văn An',
    ]);
  });

  it('pages a ward with its villages in Vietnamese name order, the total counting every page', async () => {
    const other = await createLocality(core, 'Xã Khác', 'commune');
    const people = [
      ['Lê Văn Đạt', village.id],
      ['Nguyễn Văn An', other.id],
      ['Hà Văn Ánh', village.id],
      ['Vũ Văn Dũng', ward.id],
      ['Trần Văn Dân', village.id],
    ] as const;
    for (const [name, localityId] of people) await enrol(name, '2005-01-01', localityId);
    const page = async (input: Record<string, unknown>) => {
      const list = await call<{ rows: ConscriptionRecordView[]; total: number }>(core, 'conscription.record.list', {
        campaignId: campaign.id,
        localityId: ward.id,
        sort: 'locality',
        pageSize: 3,
        ...input,
      });
      return [list.rows.map((r) => r.fullName), list.total];
    };
    // The ward's own people first, then its village's; D before Đ.
    expect(await page({ page: 1 })).toEqual([['Vũ Văn Dũng', 'Hà Văn Ánh', 'Trần Văn Dân'], 4]);
    expect(await page({ page: 2 })).toEqual([['Lê Văn Đạt'], 4]);
    expect(await page({ page: 3 })).toEqual([[], 4]);
    expect(await page({ page: 1, search: 'dat' })).toEqual([['Lê Văn Đạt'], 1]);
    expect(await page({ page: 2, search: 'van' })).toEqual([['Lê Văn Đạt'], 4]);
    expect(await page({ page: 1, localityId: other.id })).toEqual([['Nguyễn Văn An'], 1]);
  });
});

describe('what a step clears and what the year keeps', () => {
  it('clears a withdrawn call-up order, and carries a study deferral into next year', async () => {
    let a = await moved(
      await moved(await exam(await enrol('Nguyễn Văn An', '2005-05-01'), 1), 'political_review_passed'),
      'official_list',
    );
    a = await moved(a, 'call_up_ordered', { onDate: '2027-02-01' });
    expect(a.orderNumber).toBe(1);
    a = await moved(a, 'deferred', { onDate: '2027-02-05', legalPoint: 'b' });
    expect([a.orderNumber, a.orderDate, a.reportDate]).toEqual([null, null, null]);

    const student = await moved(await enrol('Trần Văn Bình', '2000-06-01'), 'deferred', {
      legalPoint: 'g',
      studyDeferral: true,
    });
    const next = await call<Campaign>(core, 'conscription.campaign.create', {
      year: 2028,
      handoverStart: '2028-02-20',
      handoverEnd: '2028-02-20',
    });
    await call(core, 'conscription.record.rollOver', {
      fromCampaignId: campaign.id,
      toCampaignId: next.id,
      onDate: '2027-03-01',
    });
    const rolled = await call<{ rows: ConscriptionRecordView[] }>(core, 'conscription.record.list', {
      campaignId: next.id,
    });
    const carried = rolled.rows.find((r) => r.personId === student.personId)!;
    expect(carried).toMatchObject({ state: 'pool', studyDeferral: true, legalPoint: null });
  });
});
