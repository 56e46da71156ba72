/**
 * A small campaign for the result-report tests, built through the API as a clerk would: three
 * wards/communes with quotas, citizens examined (classes 1–4), handed over to the army and the
 * police, deferred (points a and g) and exempted (point b). Every name here is made up.
 *
 * Expected figures (handover 24/02/2027):
 *   Phường Đức Xuân  quota 3 + 1, handed over 2 + 1 (An, Cường to the army; Bình to the police)
 *   Phường Sông Cầu  quota 1 + 0, nobody
 *   Xã Dương Quang   quota 2 + 1, handed over 2 + 0 (Giang, Hải); Minh only on the official list
 *   health examined 1:2 2:2 3:2 4:1; handed over 1:2 2:2 3:1
 *   education handed over: 12/12 ×2, Đại học, Cao đẳng, 9/12
 *   deferred a (Dũng, class 4), g (Khánh); exempted b (Long)
 */
import type { Campaign } from '../../electron/core/conscription/campaigns/schema';
import type { ConscriptionRecordView } from '../../electron/core/conscription/records/view';
import * as steps from '../../electron/core/conscription/test-steps';
import { call, type createTestCore } from '../../electron/core/db/test-helpers';
import { createLocality } from '../../electron/core/localities/test-steps';
import { citizenIdFor, createPerson } from '../../electron/core/people/test-steps';

type TestCore = ReturnType<typeof createTestCore>;

export const REPORT_LOCALITIES = {
  ducXuan: 'Phường Đức Xuân',
  songCau: 'Phường Sông Cầu',
  duongQuang: 'Xã Dương Quang',
} as const;

interface Citizen {
  name: string;
  education: string;
  localityId: string;
  healthClass?: number;
  /** Where the record ends. */
  end:
    | { handedOver: 'army' | 'police' }
    | { official: true }
    | { deferred: string; studyDeferral?: boolean }
    | { exempted: string };
}

export async function seedReportCampaign(core: TestCore): Promise<Campaign> {
  const ducXuan = await createLocality(core, REPORT_LOCALITIES.ducXuan);
  const village = await createLocality(core, 'Tổ 7', 'residential_group', ducXuan.id);
  const songCau = await createLocality(core, REPORT_LOCALITIES.songCau);
  const duongQuang = await createLocality(core, REPORT_LOCALITIES.duongQuang, 'commune');
  const campaign = await steps.createCampaign(core, { year: 2027, handoverStart: '2027-02-24' }, [
    { localityId: ducXuan.id, army: 3, police: 1 },
    { localityId: songCau.id, army: 1, police: 0 },
    { localityId: duongQuang.id, army: 2, police: 1 },
  ]);

  const citizens: Citizen[] = [
    { name: 'Nguyễn Văn An', education: '12/12', localityId: village.id, healthClass: 1, end: { handedOver: 'army' } },
    {
      name: 'Trần Đức Bình',
      education: 'Đại học',
      localityId: village.id,
      healthClass: 2,
      end: { handedOver: 'police' },
    },
    {
      name: 'Lê Văn Cường',
      education: 'Cao đẳng',
      localityId: ducXuan.id,
      healthClass: 3,
      end: { handedOver: 'army' },
    },
    { name: 'Phạm Văn Dũng', education: '12/12', localityId: ducXuan.id, healthClass: 4, end: { deferred: 'a' } },
    { name: 'Hà Văn Giang', education: '9/12', localityId: duongQuang.id, healthClass: 2, end: { handedOver: 'army' } },
    {
      name: 'Lục Văn Hải',
      education: '12 / 12',
      localityId: duongQuang.id,
      healthClass: 1,
      end: { handedOver: 'army' },
    },
    {
      name: 'Nông Văn Khánh',
      education: '12/12',
      localityId: duongQuang.id,
      end: { deferred: 'g', studyDeferral: true },
    },
    { name: 'Triệu Văn Long', education: '9/12', localityId: duongQuang.id, end: { exempted: 'b' } },
    {
      name: 'Bùi Văn Minh',
      education: 'Trung cấp',
      localityId: duongQuang.id,
      healthClass: 3,
      end: { official: true },
    },
  ];

  let serial = 0;
  const ordered: Array<{ record: ConscriptionRecordView; branch: 'army' | 'police' }> = [];
  for (const c of citizens) {
    const person = await createPerson(core, c.name, {
      birthDate: '2005-05-01',
      sex: 'M',
      citizenId: citizenIdFor('2005-05-01', 'M', ++serial),
      localityId: c.localityId,
      education: c.education,
    });
    let record = await steps.enrolInCampaign(core, {
      campaignId: campaign.id,
      personId: person.id,
      onDate: '2026-04-01',
    });
    if (c.healthClass !== undefined) record = await steps.examine(core, record, '2026-12-10', c.healthClass);
    if ('deferred' in c.end) {
      const deferral = { legalPoint: c.end.deferred, studyDeferral: c.end.studyDeferral, deferralYear: 2027 };
      await steps.transition(core, record, 'deferred', '2026-12-20', deferral);
    } else if ('exempted' in c.end) {
      await steps.transition(core, record, 'exempted', '2026-12-20', { legalPoint: c.end.exempted });
    } else {
      record = await steps.transitionThrough(core, record, steps.TO_OFFICIAL_LIST, '2026-12-20');
      if ('handedOver' in c.end) ordered.push({ record, branch: c.end.handedOver });
    }
  }

  const orders = await steps.transitionMany(
    core,
    ordered.map(({ record }) => record),
    'call_up_ordered',
    '2027-02-01',
    steps.REPORT_AT_STADIUM,
  );
  for (const [i, record] of orders.entries()) {
    const branch = ordered[i]!.branch;
    const receivingUnit = branch === 'army' ? 'Sư đoàn 346' : 'Công an tỉnh Thái Nguyên';
    await steps.transition(core, record, 'handed_over', '2027-02-24', { receivingUnit, branch });
  }
  return call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id });
}
