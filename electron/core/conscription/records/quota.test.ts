import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import { createPerson } from '../../people/test-steps';
import type { Campaign } from '../campaigns/schema';
import { createCampaign, enrolInCampaign, examine, transition, transitionMany } from '../test-steps';
import type { RuleFailure } from '../rules';
import type { ConscriptionRecordView } from './view';

/**
 * The official list is capped at the quota the competent authority assigned each ward/commune,
 * army and police: beyond it the step goes through with a warning that gives the count. The
 * citizen's branch, when recorded at the official list or the order, counts against that branch.
 */
let core: TestCore;
let campaign: Campaign;
let wardId: string;
let villageId: string;
let communeId: string;
let serial = 0;

useTestCore(async (c) => {
  core = c;
  serial = 0;
  wardId = (await createLocality(core, 'Phường Đức Xuân')).id;
  villageId = (await createLocality(core, 'Tổ 7', 'village', wardId)).id;
  communeId = (await createLocality(core, 'Xã Dương Quang', 'commune')).id;
  campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24' }, [
    { localityId: wardId, army: 2, police: 1 },
    { localityId: communeId, army: 1, police: 0 },
  ]);
});

type StepAnswer = { record: ConscriptionRecordView; warnings: RuleFailure[] };

/** A citizen of `localityId` with a passed exam and political review, ready for the official list. */
async function reviewed(localityId: string) {
  serial += 1;
  const person = await createPerson(core, `Nguyễn Văn Quân ${serial}`, {
    birthDate: '2005-03-15',
    sex: 'M',
    localityId,
  });
  let record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-04-01' });
  record = await examine(core, record, '2026-12-10', 1);
  return transition(core, record, 'political_review_passed', '2026-12-15');
}

function toOfficialList(record: ConscriptionRecordView, extra: Record<string, unknown> = {}): Promise<StepAnswer> {
  return call<StepAnswer>(core, 'conscription.record.transition', {
    recordId: record.id,
    version: record.version,
    to: 'official_list',
    onDate: '2026-12-20',
    ...extra,
  });
}

describe('official list beyond the quota', () => {
  it('warns at the fourth citizen of a ward whose quota is 2 + 1, counting its villages, and still lists him', async () => {
    const first = [await reviewed(wardId), await reviewed(villageId), await reviewed(wardId)];
    for (const record of first) expect((await toOfficialList(record)).warnings).toEqual([]);

    const fourth = await toOfficialList(await reviewed(villageId));
    expect(fourth.record.state).toBe('official_list');
    expect(fourth.warnings).toEqual([
      {
        ok: false,
        code: 'RULE_QUOTA_EXCEEDED',
        severity: 'warning',
        message:
          'Phường Đức Xuân đã có 4/3 công dân trong danh sách chính thức (tính cả công dân này), vượt chỉ tiêu được giao theo quyết định giao chỉ tiêu của cấp có thẩm quyền (Quân đội: 2; Công an nhân dân: 1).',
      },
    ]);
  });

  it("counts a citizen with a branch against that branch's quota: the second police citizen of a 1-police ward", async () => {
    const police = await toOfficialList(await reviewed(wardId), { branch: 'police' });
    expect(police.warnings).toEqual([]);
    expect(police.record.branch).toBe('police');

    const second = await toOfficialList(await reviewed(wardId), { branch: 'police' });
    expect(second.warnings.map((w) => w.message)).toEqual([
      'Phường Đức Xuân đã có 2/1 công dân trong danh sách chính thức thực hiện nghĩa vụ tham gia Công an nhân dân (tính cả công dân này), vượt chỉ tiêu Công an nhân dân được giao theo quyết định giao chỉ tiêu của cấp có thẩm quyền.',
    ]);
  });

  it('counts those already ordered or handed over, not the reserve list, and warns in a batch too', async () => {
    const ordered = await transition(
      core,
      (await toOfficialList(await reviewed(communeId))).record,
      'call_up_ordered',
      '2027-01-05',
    );
    expect(ordered.branch).toBe('army');
    const reserve = await transition(core, await reviewed(communeId), 'reserve_list', '2026-12-20');
    expect(reserve.state).toBe('reserve_list');

    const batch = await call<{ warnings: Array<RuleFailure & { recordId: string }> }>(
      core,
      'conscription.record.transitionMany',
      { records: [{ id: reserve.id, version: reserve.version }], to: 'official_list', onDate: '2026-12-21' },
    );
    expect(batch.warnings).toHaveLength(1);
    expect(batch.warnings[0]).toMatchObject({ recordId: reserve.id, code: 'RULE_QUOTA_EXCEEDED' });
    expect(batch.warnings[0]!.message).toContain('Xã Dương Quang đã có 2/1 công dân');
  });

  it('warns for a ward that has no quota row while the campaign has a quota table', async () => {
    const other = (await createLocality(core, 'Phường Sông Cầu')).id;
    const listed = await toOfficialList(await reviewed(other));
    expect(listed.warnings.map((w) => w.message)).toEqual([
      'Phường Sông Cầu chưa được giao chỉ tiêu trong đợt này mà đã có 1 công dân trong danh sách chính thức (tính cả công dân này). Kiểm tra lại bảng chỉ tiêu theo quyết định giao chỉ tiêu của cấp có thẩm quyền.',
    ]);
  });

  it('says nothing while the campaign has no quota table yet', async () => {
    const bare = await createCampaign(core, { year: 2028, handoverStart: '2028-02-24' });
    const person = await createPerson(core, 'Lê Văn Bình', { birthDate: '2006-01-01', sex: 'M', localityId: wardId });
    let record = await enrolInCampaign(core, { campaignId: bare.id, personId: person.id, onDate: '2027-04-01' });
    record = await examine(core, record, '2027-12-10', 1);
    record = await transition(core, record, 'political_review_passed', '2027-12-15');
    const answer = await toOfficialList(record, { onDate: '2027-12-20' });
    expect(answer.warnings).toEqual([]);
  });
});

describe("the citizen's branch before the handover", () => {
  it('is kept from the official list to the order and the handover, and cleared when he leaves the list', async () => {
    const listed = (await toOfficialList(await reviewed(wardId), { branch: 'police' })).record;
    const ordered = await transition(core, listed, 'call_up_ordered', '2027-01-05');
    expect(ordered.branch).toBe('police');
    // The handover takes the branch of the order when the ceremony form does not change it.
    const handed = await transition(core, ordered, 'handed_over', '2027-02-24', { receivingUnit: 'Công an tỉnh' });
    expect(handed).toMatchObject({ state: 'handed_over', branch: 'police' });

    const other = (await toOfficialList(await reviewed(wardId), { branch: 'police' })).record;
    const deferred = await transition(core, other, 'deferred', '2027-01-05', { legalPoint: 'b' });
    expect(deferred.branch).toBeNull();
  });

  it('defaults to the army at the call-up order and can be changed at the handover', async () => {
    const [ordered] = await transitionMany(
      core,
      [(await toOfficialList(await reviewed(wardId))).record],
      'call_up_ordered',
      '2027-01-05',
    );
    expect(ordered!.branch).toBe('army');
    const handed = await transition(core, ordered!, 'handed_over', '2027-02-24', {
      receivingUnit: 'Công an tỉnh',
      branch: 'police',
    });
    expect(handed.branch).toBe('police');
  });
});

describe('the campaign dashboard against the quota', () => {
  it('marks a ward over its quota, one under it, and the campaign in total', async () => {
    // Phường Đức Xuân (2 + 1): four on the list, one of them police → over by 1.
    for (const branch of ['police', undefined, undefined, undefined]) {
      await toOfficialList(await reviewed(wardId), branch ? { branch } : {});
    }
    // Xã Dương Quang (1 + 0): nobody yet → under by 1.
    const dashboard = await call<{
      localities: Array<Record<string, unknown>>;
      totals: Record<string, unknown>;
    }>(core, 'conscription.campaign.dashboard', { campaignId: campaign.id });
    expect(dashboard.localities).toEqual([
      expect.objectContaining({
        localityName: 'Phường Đức Xuân',
        officialList: 4,
        officialArmy: 0,
        officialPolice: 1,
        officialStanding: { kind: 'over', by: 1, branch: null },
        handedOverStanding: { kind: 'under', by: 3, branch: null },
      }),
      expect.objectContaining({
        localityName: 'Xã Dương Quang',
        officialList: 0,
        officialStanding: { kind: 'under', by: 1, branch: null },
      }),
    ]);
    // 4 listed against a quota of 4 in all: met in total, though one ward is over and one under.
    expect(dashboard.totals).toMatchObject({
      quotaArmy: 3,
      quotaPolice: 1,
      officialList: 4,
      officialStanding: { kind: 'met', by: 0, branch: null },
    });
  });
});
