import type { Core } from '../../electron/core/app-core';
import * as docs from '../../electron/core/conscription/documents';
import { queryRecords } from '../../electron/core/conscription/records/repository';
import { packDocx } from '../../electron/core/docs/official-format';
import { findProfile } from '../../electron/core/office/repository';
import type { OfficeProfile } from '../../electron/core/office/schema';
import { round, timeOnce } from './stats';

const OFFICE: OfficeProfile = {
  id: '00000000-0000-4000-8000-000000000001',
  validFrom: null,
  kind: 'city_district',
  peopleCommittee: null,
  name: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
  parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
  placeName: 'Bắc Kạn',
  symbol: 'BCH',
  signers: [{ role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: 'Thượng tá', name: 'Hoàng Văn Minh' }],
  updatedAt: '',
  version: 1,
};

/** The big documents from the seeded records: the 17A list of 2,000 citizens and 500 call-up orders, built and packed. */
export async function documentFigures(core: Core, campaignId: string) {
  const office = findProfile(core.db) ?? OFFICE;
  const signer = office.signers[0]!;
  const campaign = (await core.invoke('conscription.campaign.get', { id: campaignId })) as {
    ok: true;
    value: { year: number; totals: { army: number; police: number; total: number }; handoverStart: string };
  };
  const rows = (limit: number) =>
    queryRecords(core.db, {
      campaignId,
      handoverDate: campaign.value.handoverStart,
      sort: 'locality',
      limit,
      offset: 0,
    }).rows;
  const list = await timeOnce(async () =>
    packDocx(
      docs.buildCalledUpList({
        office,
        signer,
        campaign: campaign.value,
        records: rows(2000),
        number: 1,
        date: '2026-02-01',
      }),
    ),
  );
  const orders = await timeOnce(async () =>
    packDocx(
      docs.buildCallUpOrders({
        office,
        signer,
        campaign: campaign.value,
        records: rows(500).map((r, i) => ({
          ...r,
          orderNumber: i + 1,
          orderDate: '2026-02-01',
          reportDate: '2026-02-20',
        })),
      }),
    ),
  );
  return [
    { name: '17A list of 2,000 citizens: query + build + pack .docx (ms)', value: round(list.ms), target: 3000 },
    { name: '500 call-up orders: query + build + pack .docx (ms)', value: round(orders.ms), target: 5000 },
  ];
}
