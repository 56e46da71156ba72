import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../electron/core/api/contract';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { catchDownloads, officeProfile, personInput, seedLocality } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { CampaignDocuments } from './CampaignDocuments';

const p = vi.documents.papers;
const d = vi.documentIssue;

/** The 2027 campaign of one ward with two citizens past preliminary screening (the summons' addressees). */
async function campaignWithScreened(office: TestOffice): Promise<Campaign> {
  await office.call('office.update', officeProfile());
  const ward = await seedLocality(office);
  const campaign = await office.call('conscription.campaign.create', {
    year: 2027,
    handoverStart: '2027-02-24',
    handoverEnd: '2027-02-24',
  });
  for (const name of ['Nông Văn Tiến', 'Hoàng Văn Sơn']) {
    const person = await office.call('people.create', personInput(name, '2006-03-15', { localityId: ward.id }));
    const record = await office.call('conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      state: 'pool',
      onDate: '2026-09-01',
    });
    await office.call('conscription.record.transition', {
      recordId: record.id,
      version: record.version,
      to: 'screening_passed',
      onDate: '2026-10-20',
    });
  }
  return campaign;
}

async function openMenuItem(user: ReturnType<typeof userEvent.setup>, label: string) {
  // The button's name also holds its arrow icon's label.
  await user.click(screen.getByRole('button', { name: new RegExp(vi.documents.menu) }));
  await user.click(await screen.findByText(label));
}

describe('campaign documents: the per-citizen papers', () => {
  it('asks for the exam, then makes one numbered summons per screened citizen, saved and registered', async () => {
    const office = openTestOffice();
    const campaign = await campaignWithScreened(office);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderScreen(<CampaignDocuments campaign={campaign} />);

    await openMenuItem(user, p.examSummons);
    const dialog = await screen.findByRole('dialog', { name: p.summonsTitle });
    await user.type(within(dialog).getByLabelText(p.examDate), '05/12/2026');
    await user.type(within(dialog).getByLabelText(p.examTime), '07:30');
    await user.type(within(dialog).getByLabelText(p.examPlace), 'Trạm Y tế phường Đức Xuân');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    // The checked request is offered to preview, draft or issue; issuing says the numbers it takes.
    await user.click(await screen.findByRole('button', { name: format(d.issueOf, { title: p.summonsTitle }) }));
    const issue = await screen.findByRole('dialog', { name: d.dialogTitle });
    await waitFor(() =>
      expect(issue.textContent).toContain(format(d.willTakeBlock, { reference: '01/LGK-BCH', last: '02/LGK-BCH' })),
    );
    expect((await office.call('documents.register.list', {})).total).toBe(0);
    await user.click(within(issue).getByRole('button', { name: d.ok }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [entry] = (await office.call('documents.register.list', {})).rows;
    expect(entry).toMatchObject({ kind: 'conscription.examSummons', typeCode: 'LGK', number: 1 });
    expect(downloads).toEqual([entry!.fileName]);
    // Two pages took 01 and 02: the next summons starts at 03.
    const next = await office.call('documents.generate', {
      kind: 'conscription.examSummons',
      format: 'docx',
      campaignId: campaign.id,
      exam: { date: '2026-12-06', time: '07:30', place: 'Trạm Y tế' },
    });
    expect(next.number).toBe(3);
  });

  it('does not make the notice until the provincial decision’s date is given', async () => {
    const office = openTestOffice();
    const campaign = await campaignWithScreened(office);
    const user = userEvent.setup();
    renderScreen(<CampaignDocuments campaign={campaign} />);

    await openMenuItem(user, p.listNotice);
    const dialog = await screen.findByRole('dialog', { name: p.noticeTitle });
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
    expect(await within(dialog).findByText(vi.common.required)).toBeTruthy();
    expect((await office.call('documents.register.list', {})).total).toBe(0);
  });
});
