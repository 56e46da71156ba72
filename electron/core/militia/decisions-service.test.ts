import { expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { createCampaign, enrolInCampaign, examine } from '../conscription/test-steps';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type { MilitiaDecision, MilitiaDecisionPage, MilitiaMember } from './public-types';
import { person, wardWithUnits } from './test-fixtures';

let core: TestCore;
useTestCore((c) => (core = c));

const decide = (input: Record<string, unknown>) => call<MilitiaDecision>(core, 'militia.decision.create', input);
const list = (input: Record<string, unknown> = {}) => call<MilitiaDecisionPage>(core, 'militia.decision.list', input);
const base = { decidedBy: 'Chủ tịch UBND phường Đức Xuân', decidedOn: '2026-01-10' };

it('records a deferral and an exemption, audited, and lists them by kind and by the day they are in force', async () => {
  const mai = await person(core, 'Mai', '1998-04-02', 'F');
  const hung = await person(core, 'Hùng', '2003-09-15');
  const d = await decide({ ...base, personId: mai.id, kind: 'deferral', point: '1-a', validUntil: '2026-12-31' });
  const e = await decide({ ...base, personId: hung.id, kind: 'exemption', point: '2-b', notes: 'Con thương binh' });
  expect(d).toMatchObject({ fullName: 'Nguyễn Thị Mai', kind: 'deferral', point: '1-a', validUntil: '2026-12-31' });
  expect(e).toMatchObject({ kind: 'exemption', validUntil: null, version: 1 });
  expect(auditFor(core.db, 'militia_decision', d.id).map((r) => r.action)).toEqual(['create']);

  expect((await list()).total).toBe(2);
  expect((await list({ kind: 'exemption' })).rows.map((r) => r.id)).toEqual([e.id]);
  expect((await list({ inForceOn: '2026-12-31' })).total).toBe(2);
  expect((await list({ inForceOn: '2027-01-01' })).rows.map((r) => r.id)).toEqual([e.id]);
  expect((await list({ search: 'mai' })).rows.map((r) => r.id)).toEqual([d.id]);
  expect((await list({ pageSize: 1, page: 2 })).rows).toHaveLength(1);
});

it('validates the case against the kind and the end date of a deferral', async () => {
  const p = await person(core, 'Lan', '1999-01-01', 'F');
  expect(
    await refusal(core, 'militia.decision.create', { ...base, personId: p.id, kind: 'deferral', point: '1-a' }),
  ).toMatchObject({ fieldErrors: { validUntil: 'Quyết định tạm hoãn phải có ngày hết hạn tạm hoãn.' } });
  expect(
    await refusal(core, 'militia.decision.create', {
      ...base,
      personId: p.id,
      kind: 'exemption',
      point: '1-a',
      validUntil: '2027-01-01',
    }),
  ).toMatchObject({ fieldErrors: { point: expect.stringContaining('Điều 11'), validUntil: expect.any(String) } });
});

it('updates at the version read and refuses a stale one, keeping the before in the audit', async () => {
  const p = await person(core, 'Tâm', '2000-01-01');
  const d = await decide({ ...base, personId: p.id, kind: 'deferral', point: '1-h', validUntil: '2027-06-30' });
  const input = { id: d.id, version: d.version, ...base, kind: 'deferral', point: '1-h', validUntil: '2028-06-30' };
  const updated = await call<MilitiaDecision>(core, 'militia.decision.update', input);
  expect(updated).toMatchObject({ validUntil: '2028-06-30', version: 2 });
  expect(await refusal(core, 'militia.decision.update', input)).toMatchObject({ code: 'CONFLICT_VERSION' });
  const trail = auditFor(core.db, 'militia_decision', d.id);
  expect(trail.map((r) => r.action)).toEqual(['create', 'update']);
});

it('refuses admission while a deferral holds on the start date, allows it the day after, and refuses an exempted person', async () => {
  const { squad } = await wardWithUnits(core);
  const mai = await person(core, 'Mai', '1998-04-02', 'F');
  const hung = await person(core, 'Hùng', '2003-09-15');
  await decide({ ...base, personId: mai.id, kind: 'deferral', point: '1-a', validUntil: '2026-12-31' });
  await decide({ ...base, personId: hung.id, kind: 'exemption', point: '2-a' });
  const join = (personId: string, startedOn: string) => ({ personId, unitId: squad.id, startedOn });

  const deferred = await refusal(core, 'militia.member.create', join(mai.id, '2026-12-31'));
  expect(deferred).toMatchObject({ code: 'RULE_MILITIA_DEFERRED' });
  expect(deferred.fieldErrors?.personId).toContain('điểm a khoản 1 Điều 11 Luật DQTV');
  expect(deferred.fieldErrors?.personId).toContain('quyết định ngày 10/01/2026 của Chủ tịch UBND phường Đức Xuân');
  const exempt = await refusal(core, 'militia.member.create', join(hung.id, '2030-01-01'));
  expect(exempt).toMatchObject({ code: 'RULE_MILITIA_EXEMPT' });

  const m = await call<MilitiaMember>(core, 'militia.member.create', join(mai.id, '2027-01-01'));
  expect(m.startedOn).toBe('2027-01-01');
});

it('tells the admission dialog the refusal before saving, and reminds of the selection standards (Art. 10)', async () => {
  const mai = await person(core, 'Mai', '1998-04-02', 'F');
  await decide({ ...base, personId: mai.id, kind: 'deferral', point: '1-a', validUntil: '2026-12-31' });
  const check = (startedOn: string) =>
    call<{ refusal: string | null; warnings: { code: string }[] }>(core, 'militia.member.admissionCheck', {
      personId: mai.id,
      startedOn,
    });
  expect((await check('2026-06-01')).refusal).toContain('Điều 11');
  const after = await check('2027-01-01');
  expect(after.refusal).toBeNull();
  expect(after.warnings.map((w) => w.code)).toEqual(['RULE_MILITIA_SELECTION_STANDARDS']);
});

it('names the last military-service health class the register holds in the Art. 10 reminder', async () => {
  const an = await person(core, 'An', '2000-05-01');
  const check = () =>
    call<{ warnings: { message: string }[] }>(core, 'militia.member.admissionCheck', {
      personId: an.id,
      startedOn: '2026-12-01',
    });
  expect((await check()).warnings[0]?.message).toContain('chưa có kết quả khám sức khỏe');
  const campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24' });
  const record = await enrolInCampaign(core, { campaignId: campaign.id, personId: an.id, onDate: '2026-04-01' });
  await examine(core, record, '2026-11-10', 3);
  expect((await check()).warnings[0]?.message).toContain('(năm 2027) xếp loại 3');
});
