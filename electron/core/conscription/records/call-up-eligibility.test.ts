import { describe, expect, it } from 'vitest';
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
import type { ConscriptionRecordRow } from './view';

/**
 * Every step towards the army re-checks the call-up law (Art. 30, 31, 41 Luật NVQS), not only the
 * official list: a citizen whose birth date is corrected after the list, or who is handed over after
 * his 26th birthday, is stopped at the reserve list, the call-up order or the handover.
 */
let core: TestCore;
let campaign: Campaign;
let wardId: string;

useTestCore(async (c) => {
  core = c;
  wardId = (await createLocality(core, 'Phường Đức Xuân')).id;
  campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24', handoverEnd: '2027-03-05' });
});

/** A citizen taken to the official list (health class 1, political review passed) in December. */
async function onOfficialList(fullName: string, birthDate: string) {
  const person = await createPerson(core, fullName, { birthDate, sex: 'M', localityId: wardId });
  let record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-04-01' });
  record = await examine(core, record, '2026-12-10', 1);
  return { person, record: await transitionThrough(core, record, TO_OFFICIAL_LIST, '2026-12-20') };
}

/** The birth date corrected on the person's record (the register's form), as a clerk does after a paper check. */
async function correctBirthDate(person: Person, birthDate: string) {
  const { id, version, familyName, middleName, givenName, sex, localityId } = person;
  await call(core, 'people.update', { id, version, familyName, middleName, givenName, sex, localityId, birthDate });
}

const handover = { receivingUnit: 'Sư đoàn 346', branch: 'army' };

function stepRefusal(record: { id: string; version: number }, to: string, onDate: string, extra = {}) {
  const input = { recordId: record.id, version: record.version, to, onDate, ...extra };
  return refusal(core, 'conscription.record.transition', input);
}

describe('the steps after the official list re-check the call-up age', () => {
  it('refuses the reserve list, the call-up order and the handover to a citizen found to be over 25', async () => {
    const { person, record } = await onOfficialList('Nguyễn Văn Tâm', '2003-06-01');
    await correctBirthDate(person, '2001-01-10');

    const reserve = await stepRefusal(record, 'reserve_list', '2027-01-05');
    expect(reserve.code).toBe('RULE_AGE_OUT_OF_RANGE');
    expect(reserve.message).toMatch(/^Không thể đưa vào danh sách dự bị: /);
    expect(reserve.message).toContain('quá độ tuổi gọi nhập ngũ');
    expect(reserve.message).toContain('Điều 30 Luật Nghĩa vụ quân sự');

    const order = await stepRefusal(record, 'call_up_ordered', '2027-01-05');
    expect(order.code).toBe('RULE_AGE_OUT_OF_RANGE');
    expect(order.message).toMatch(/^Không thể cấp lệnh gọi: /);
    expect(order.fieldErrors?.to).toBe(order.message);

    // Nothing was written: the record stands where it was.
    const unchanged = await call<{ record: ConscriptionRecordRow }>(core, 'conscription.record.get', { id: record.id });
    expect(unchanged.record).toMatchObject({ state: 'official_list', version: record.version, orderNumber: null });
  });

  it('refuses the reserve list, the call-up order and the handover to a citizen found to be under 18 on the handover date', async () => {
    const listed = await onOfficialList('Trần Văn Hải', '2007-05-01');
    const ordered = await onOfficialList('Đỗ Văn Khánh', '2007-06-01').then(({ person, record }) =>
      transition(core, record, 'call_up_ordered', '2027-01-05').then((r) => ({ person, record: r })),
    );
    // 17 years 11 months on 24/02/2027
    await correctBirthDate(listed.person, '2009-03-01');
    await correctBirthDate(ordered.person, '2009-03-01');

    for (const to of ['reserve_list', 'call_up_ordered']) {
      const refused = await stepRefusal(listed.record, to, '2027-01-10');
      expect(refused.code, to).toBe('RULE_AGE_OUT_OF_RANGE');
      expect(refused.message, to).toContain('chưa đủ 18 tuổi');
    }
    const handedOver = await stepRefusal(ordered.record, 'handed_over', '2027-02-24', handover);
    expect(handedOver.code).toBe('RULE_AGE_OUT_OF_RANGE');
    expect(handedOver.message).toMatch(/^Không thể ghi nhận bàn giao: /);
    expect(handedOver.message).toContain('chưa đủ 18 tuổi');
  });

  it('judges the handover on the day it happens: the day before the 26th birthday passes, the birthday itself does not', async () => {
    const late = await onOfficialList('Lê Văn Bình', '2001-02-27');
    const early = await onOfficialList('Phạm Văn Cường', '2001-02-27');
    const lateOrder = await transition(core, late.record, 'call_up_ordered', '2027-01-05');
    const earlyOrder = await transition(core, early.record, 'call_up_ordered', '2027-01-05');

    const refused = await stepRefusal(lateOrder, 'handed_over', '2027-02-27', handover);
    expect(refused.code).toBe('RULE_AGE_OUT_OF_RANGE');
    expect(refused.message).toContain('27/02/2027');
    const handed = await transition(core, earlyOrder, 'handed_over', '2027-02-26', handover);
    expect(handed.state).toBe('handed_over');
  });

  it('keeps the age badge on a citizen handed over whose birth date is corrected afterwards', async () => {
    const { person, record } = await onOfficialList('Hoàng Văn Dũng', '2004-08-15');
    const ordered = await transition(core, record, 'call_up_ordered', '2027-01-05');
    await transition(core, ordered, 'handed_over', '2027-02-24', handover);
    const badges = async () => {
      const page = await call<{ rows: ConscriptionRecordRow[] }>(core, 'conscription.record.list', {
        campaignId: campaign.id,
      });
      return page.rows.find((row) => row.id === record.id)!.warnings.map((w) => w.code);
    };
    expect(await badges()).toEqual([]);
    await correctBirthDate(person, '2000-08-15');
    expect(await badges()).toEqual(['RULE_AGE_OUT_OF_RANGE']);
  });
});
