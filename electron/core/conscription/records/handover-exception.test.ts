import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../audit/view';
import { call, refusal, type TestCore, useTestCore } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import type { Person } from '../../people/schema';
import { createPerson } from '../../people/test-steps';
import type { Campaign } from '../campaigns/schema';
import {
  createCampaign,
  enrolInCampaign,
  examine,
  TO_OFFICIAL_LIST,
  transition,
  transitionThrough,
} from '../test-steps';
import type { ConscriptionRecordRow, ConscriptionRecordView, ConscriptionTransition } from './view';

/**
 * A record that became ineligible after its call-up order (a corrected birth date, a new exam) shows
 * it as a badge and is handed over only as a recorded exception: the reason is required, kept in the
 * step's history and in the audit trail with who and when. Without it the handover is refused.
 */
let core: TestCore;
let campaign: Campaign;
let wardId: string;

useTestCore(async (c) => {
  core = c;
  wardId = (await createLocality(core, 'Phường Sông Cầu')).id;
  campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24' });
});

const measures = { heightCm: 170, weightKg: 62, refractionRight: 0, refractionLeft: 0 };
const handover = { receivingUnit: 'Sư đoàn 346', branch: 'army' };
const REASON = 'Công dân đã có mặt tại đơn vị; Ban CHQS tỉnh đồng ý tiếp nhận theo công văn số 12/CV-BCH.';

/** A citizen with a call-up order for the 2027 handover, examined with `exam` figures. */
async function ordered(fullName: string, exam = measures) {
  const person = await createPerson(core, fullName, { birthDate: '2004-03-02', sex: 'M', localityId: wardId });
  let record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-04-01' });
  record = await examine(core, record, '2026-11-20', 2, exam);
  record = await transitionThrough(core, record, TO_OFFICIAL_LIST, '2026-12-20');
  return { person, record: await transition(core, record, 'call_up_ordered', '2027-01-05') };
}

async function correctBirthDate(person: Person, birthDate: string) {
  const { id, version, familyName, middleName, givenName, sex, localityId } = person;
  await call(core, 'people.update', { id, version, familyName, middleName, givenName, sex, localityId, birthDate });
}

function handOver(record: ConscriptionRecordView, extra: object = {}) {
  return {
    recordId: record.id,
    version: record.version,
    to: 'handed_over',
    onDate: '2027-02-24',
    ...handover,
    ...extra,
  };
}

async function badges(recordId: string) {
  const page = await call<{ rows: ConscriptionRecordRow[] }>(core, 'conscription.record.list', {
    campaignId: campaign.id,
  });
  return page.rows.find((row) => row.id === recordId)!.warnings.map((w) => w.code);
}

describe('handing over a record that became ineligible', () => {
  it('shows the badge and refuses the handover without an exception, saying one is needed', async () => {
    const { person, record } = await ordered('Nguyễn Văn Tài');
    expect(await badges(record.id)).toEqual([]);
    await correctBirthDate(person, '2000-05-01');
    expect(await badges(record.id)).toEqual(['RULE_AGE_OUT_OF_RANGE']);

    const refused = await refusal(core, 'conscription.record.transition', handOver(record));
    expect(refused.code).toBe('RULE_AGE_OUT_OF_RANGE');
    expect(refused.message).toMatch(/^Không thể ghi nhận bàn giao: .*quá độ tuổi gọi nhập ngũ/);
    expect(refused.message).toContain('phải ghi nhận là ngoại lệ và ghi rõ lý do');
  });

  it('hands it over with an exception reason, kept in the history and the audit with who and when', async () => {
    const { person, record } = await ordered('Trần Văn Thắng');
    await correctBirthDate(person, '2000-05-01');

    const done = await call<{ record: ConscriptionRecordView }>(
      core,
      'conscription.record.transition',
      handOver(record, { exceptionReason: REASON }),
    );
    expect(done.record).toMatchObject({ state: 'handed_over', handedOverOn: '2027-02-24' });

    const { history } = await call<{ history: ConscriptionTransition[] }>(core, 'conscription.record.get', {
      id: record.id,
    });
    const step = history.at(-1)!;
    expect(step).toMatchObject({ toState: 'handed_over', actor: 'tester' });
    expect(step.details.exception).toEqual({
      reason: REASON,
      reasons: [expect.stringContaining('quá độ tuổi gọi nhập ngũ')],
    });

    const audit = await call<AuditEntryView[]>(core, 'audit.forEntity', {
      entity: 'conscription_record',
      entityId: record.id,
    });
    expect(audit[0]).toMatchObject({ actor: 'tester', action: 'update', at: '2026-11-27T03:00:00.000Z' });
    expect(audit[0]!.after).toMatchObject({ state: 'handed_over', handoverException: { reason: REASON } });
    // The badge stays: the record is still outside the law, and the list says so.
    expect(await badges(record.id)).toEqual(['RULE_AGE_OUT_OF_RANGE']);
  });

  it('takes a Circular 68/2025 exclusion the same way when the handover falls after its effective date', async () => {
    // A 2025 campaign whose handover ran past 01/07/2025: listed and ordered under the old texts,
    // handed over under the new one, which the citizen's BMI of 17.6 fails.
    const late = await createCampaign(core, { year: 2025, handoverStart: '2025-06-25', handoverEnd: '2025-07-05' });
    const person = await createPerson(core, 'Lê Văn Toàn', { birthDate: '2004-03-02', sex: 'M', localityId: wardId });
    let record = await enrolInCampaign(core, { campaignId: late.id, personId: person.id, onDate: '2024-04-01' });
    record = await examine(core, record, '2024-11-20', 2, { ...measures, weightKg: 51 });
    record = await transitionThrough(core, record, TO_OFFICIAL_LIST, '2024-12-20');
    record = await transition(core, record, 'call_up_ordered', '2025-06-01');

    const onJuly2 = { ...handOver(record), onDate: '2025-07-02' };
    const refused = await refusal(core, 'conscription.record.transition', onJuly2);
    expect(refused.code).toBe('RULE_HEALTH_CIRCULAR68');
    expect(refused.message).toContain('Chỉ số BMI 17,6');
    const done = await call<{ record: ConscriptionRecordView }>(core, 'conscription.record.transition', {
      ...onJuly2,
      exceptionReason: REASON,
    });
    expect(done.record.state).toBe('handed_over');
    const page = await call<{ rows: ConscriptionRecordRow[] }>(core, 'conscription.record.list', {
      campaignId: late.id,
    });
    expect(page.rows[0]!.warnings.map((w) => w.code)).toEqual(['RULE_HEALTH_CIRCULAR68']);
  });

  it('refuses an exception on a record that is eligible, and on any step but the handover', async () => {
    const { record } = await ordered('Phạm Văn Trung');
    const needless = await refusal(
      core,
      'conscription.record.transition',
      handOver(record, { exceptionReason: REASON }),
    );
    expect(needless.fieldErrors?.exceptionReason).toBe('Hồ sơ đủ điều kiện gọi nhập ngũ nên không cần ghi ngoại lệ.');

    const listed = await refusal(core, 'conscription.record.transition', {
      recordId: record.id,
      version: record.version,
      to: 'pool',
      onDate: '2027-01-10',
      exceptionReason: REASON,
    });
    expect(listed.fieldErrors?.exceptionReason).toBe('Chỉ ghi ngoại lệ khi bàn giao công dân.');
  });

  it('has no exception in the bulk handover: each one is decided alone', async () => {
    const { record } = await ordered('Đặng Văn Vinh');
    const bulk = await refusal(core, 'conscription.record.transitionMany', {
      records: [{ id: record.id, version: record.version }],
      to: 'handed_over',
      onDate: '2027-02-24',
      ...handover,
      exceptionReason: REASON,
    });
    expect(bulk.code).toBe('VALIDATION_FAILED');
  });
});
