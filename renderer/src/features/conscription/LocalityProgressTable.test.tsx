import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { tableRows } from '../../../test/queries';
import { personInput, seedLocality } from '../../../test/seed';
import { LocalityProgressTable } from './LocalityProgressTable';

/**
 * The campaign's quota table on the dashboard: a ward with three citizens on the official list
 * against a quota of 2 (one of them recorded for the police, whose quota is 0), and a commune with
 * nobody yet against a quota of 1.
 */
async function campaignOverAndUnder(office: TestOffice) {
  const ward = await seedLocality(office);
  const commune = await seedLocality(office, 'Xã Dương Quang', 'commune');
  const created = await office.call('conscription.campaign.create', {
    year: 2027,
    handoverStart: '2027-02-24',
    handoverEnd: '2027-02-24',
  });
  const campaign = await office.call('conscription.campaign.setQuotas', {
    campaignId: created.id,
    version: created.version,
    quotas: [
      { localityId: ward.id, army: 2, police: 0 },
      { localityId: commune.id, army: 1, police: 0 },
    ],
  });
  for (const [name, branch] of [
    ['Nguyễn Văn An', undefined],
    ['Trần Văn Bình', undefined],
    ['Lê Văn Cường', 'police'],
  ] as const) {
    const person = await office.call('people.create', personInput(name, '2005-03-15', { localityId: ward.id }));
    let record: ConscriptionRecordView = await office.call('conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      state: 'pool',
      onDate: '2026-04-01',
    });
    record = (
      await office.call('conscription.record.healthExam', {
        recordId: record.id,
        version: record.version,
        onDate: '2026-11-20',
        healthClass: 1,
      })
    ).record;
    for (const to of ['political_review_passed', 'official_list'] as const) {
      const step = { recordId: record.id, version: record.version, to, onDate: '2026-11-25' };
      record = (await office.call('conscription.record.transition', { ...step, ...(branch && { branch }) })).record;
    }
  }
  return office.call('conscription.campaign.dashboard', { campaignId: campaign.id });
}

describe('LocalityProgressTable', () => {
  it('marks the ward over its quota (the police beyond its own), the commune under it, and the total', async () => {
    const office = openTestOffice();
    const dashboard = await campaignOverAndUnder(office);
    renderScreen(<LocalityProgressTable localities={dashboard.localities} totals={dashboard.totals} />);

    const rows = tableRows(screen.getByRole('table'));
    expect(rows).toEqual([
      ['Phường Đức Xuân', '2', '0', '2', '3 Vượt chỉ tiêu Công an 1QĐ 0 · CA 1', '0', '0', '0 Thiếu 2'],
      ['Xã Dương Quang', '1', '0', '1', '0 Thiếu 1', '0', '0', '0 Thiếu 1'],
      ['Tổng cộng', '3', '0', '3', '3 Vượt chỉ tiêu Công an 1QĐ 0 · CA 1', '0', '0', '0 Thiếu 3'],
    ]);
    expect(screen.getByText(/So với chỉ tiêu được giao/)).toBeTruthy();
  });
});
