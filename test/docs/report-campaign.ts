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
import { call, type createTestCore } from '../../electron/core/db/test-helpers';
import { createLocality } from '../../electron/core/localities/test-steps';
import type { Person } from '../../electron/core/people/schema';

type TestCore = ReturnType<typeof createTestCore>;
type Step = { record: ConscriptionRecordView };

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
  const locality = (name: string, kind: string, parentId?: string) => createLocality(core, name, kind, parentId);
  const ducXuan = await locality(REPORT_LOCALITIES.ducXuan, 'ward');
  const village = await locality('Tổ 7', 'residential_group', ducXuan.id);
  const songCau = await locality(REPORT_LOCALITIES.songCau, 'ward');
  const duongQuang = await locality(REPORT_LOCALITIES.duongQuang, 'commune');
  let campaign = await call<Campaign>(core, 'conscription.campaign.create', {
    year: 2027,
    handoverStart: '2027-02-24',
    handoverEnd: '2027-02-24',
  });
  campaign = await call<Campaign>(core, 'conscription.campaign.setQuotas', {
    campaignId: campaign.id,
    version: campaign.version,
    quotas: [
      { localityId: ducXuan.id, army: 3, police: 1 },
      { localityId: songCau.id, army: 1, police: 0 },
      { localityId: duongQuang.id, army: 2, police: 1 },
    ],
  });

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
    const [familyName, ...rest] = c.name.split(' ');
    const person = await call<Person>(core, 'people.create', {
      familyName,
      middleName: rest.slice(0, -1).join(' '),
      givenName: rest.at(-1),
      birthDate: '2005-05-01',
      sex: 'M',
      citizenId: `006205${String(++serial).padStart(6, '0')}`,
      localityId: c.localityId,
      education: c.education,
    });
    let record = await call<ConscriptionRecordView>(core, 'conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      state: 'pool',
      onDate: '2026-04-01',
    });
    const step = async (to: string, extra: Record<string, unknown> = {}) =>
      (record = (
        await call<Step>(core, 'conscription.record.transition', {
          recordId: record.id,
          version: record.version,
          to,
          onDate: '2026-12-20',
          ...extra,
        })
      ).record);
    if (c.healthClass !== undefined) {
      record = (
        await call<Step>(core, 'conscription.record.healthExam', {
          recordId: record.id,
          version: record.version,
          onDate: '2026-12-10',
          healthClass: c.healthClass,
        })
      ).record;
    }
    if ('deferred' in c.end) {
      await step('deferred', { legalPoint: c.end.deferred, studyDeferral: c.end.studyDeferral, deferralYear: 2027 });
    } else if ('exempted' in c.end) {
      await step('exempted', { legalPoint: c.end.exempted });
    } else {
      await step('political_review_passed');
      await step('official_list');
      if ('handedOver' in c.end) ordered.push({ record, branch: c.end.handedOver });
    }
  }

  const orders = await call<{ records: ConscriptionRecordView[] }>(core, 'conscription.record.transitionMany', {
    records: ordered.map(({ record }) => ({ id: record.id, version: record.version })),
    to: 'call_up_ordered',
    onDate: '2027-02-01',
    reportTime: '07:30',
    reportPlace: 'Sân vận động thành phố Bắc Kạn',
  });
  for (const [i, record] of orders.records.entries()) {
    const branch = ordered[i]!.branch;
    await call(core, 'conscription.record.transition', {
      recordId: record.id,
      version: record.version,
      to: 'handed_over',
      onDate: '2027-02-24',
      receivingUnit: branch === 'army' ? 'Sư đoàn 346' : 'Công an tỉnh Thái Nguyên',
      branch,
    });
  }
  return call<Campaign>(core, 'conscription.campaign.get', { id: campaign.id });
}
