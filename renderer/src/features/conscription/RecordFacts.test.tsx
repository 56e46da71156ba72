import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { personInput, seedLocality } from '../../../test/seed';
import { RecordFacts } from './RecordFacts';
import { RecordTimeline } from './RecordTimeline';

describe('a record shows how the citizen first registered', () => {
  it('names an online registration in the facts and in the history', async () => {
    const office = openTestOffice();
    const ward = await seedLocality(office);
    const campaign = await office.call('conscription.campaign.create', {
      year: 2026,
      handoverStart: '2026-03-04',
      handoverEnd: '2026-03-04',
    });
    const person = await office.call('people.create', personInput('Lý Văn Ký', '2008-05-10', { localityId: ward.id }));
    const created = await office.call('conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      state: 'first_registered',
      onDate: '2026-04-10',
      registrationCertificate: '012/GCN',
      registrationMethod: 'online',
    });
    const { record, history } = await office.call('conscription.record.get', { id: created.id });
    renderScreen(
      <>
        <RecordFacts record={record} handoverDate={campaign.handoverStart} />
        <RecordTimeline history={history} />
      </>,
    );
    expect(screen.getByText('10/04/2026, giấy chứng nhận số 012/GCN, đăng ký trực tuyến')).toBeTruthy();
    expect(screen.getByText('Hình thức đăng ký: Trực tuyến')).toBeTruthy();
  });
});
