import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { catchDownloads, officeProfile, personInput, seedLocality } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { RecordPaperButton } from './RecordPaperButton';

const p = vi.documents.papers;
const d = vi.documentIssue;

describe('a citizen’s own paper from his record', () => {
  it('prints the deferral decision of this citizen alone, numbered and registered', async () => {
    const office = openTestOffice();
    await office.call('office.update', officeProfile());
    const ward = await seedLocality(office);
    const campaign = await office.call('conscription.campaign.create', {
      year: 2027,
      handoverStart: '2027-02-24',
      handoverEnd: '2027-02-24',
    });
    const deferred = [];
    for (const name of ['Đinh Văn Lực', 'Ma Văn Khải']) {
      const person = await office.call('people.create', personInput(name, '2006-03-15', { localityId: ward.id }));
      const record = await office.call('conscription.record.create', {
        campaignId: campaign.id,
        personId: person.id,
        state: 'pool',
        onDate: '2026-09-01',
      });
      const moved = await office.call('conscription.record.transition', {
        recordId: record.id,
        version: record.version,
        to: 'deferred',
        onDate: '2026-10-20',
        legalPoint: 'g',
        deferralYear: 2028,
      });
      deferred.push(moved.record);
    }
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderScreen(<RecordPaperButton record={deferred[0]!} campaignId={campaign.id} />);

    await user.click(screen.getByRole('button', { name: p.oneDeferral }));
    await user.click(await screen.findByRole('button', { name: format(d.issueOf, { title: p.oneDeferral }) }));
    const issue = await screen.findByRole('dialog', { name: d.dialogTitle });
    await waitFor(() => expect(issue.textContent).toContain(format(d.willTake, { reference: '01/QĐ-BCH' })));
    await user.click(within(issue).getByRole('button', { name: d.ok }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [entry] = (await office.call('documents.register.list', {})).rows;
    expect(entry).toMatchObject({ kind: 'conscription.deferralDecisions', typeCode: 'QĐ', number: 1 });
    const detail = await office.call('documents.register.get', { id: entry!.id });
    expect(detail.input).toMatchObject({ recordIds: [deferred[0]!.id] });
  });
});
