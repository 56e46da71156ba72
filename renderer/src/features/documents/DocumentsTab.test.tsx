import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { chooseOption } from '../../../test/queries';
import { catchDownloads, officeProfile, seedLocality, seedMilitiaMembers, seedMobilePlatoon } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { DrillsDocuments } from '../drills/DrillsDocuments';
import { MilitiaDocuments } from '../militia/MilitiaDocuments';

const f = vi.documents.forces;
const s = vi.documents.signing;
const d = vi.documentIssue;

/** An office with its profile and a ward's mobile platoon of two. */
async function officeWithMilitia(office: TestOffice) {
  await office.call('office.update', officeProfile());
  const ward = await seedLocality(office);
  const platoon = await seedMobilePlatoon(office, ward.id);
  await seedMilitiaMembers(office, ward.id, [
    ['Hoàng Văn Thái', platoon.id],
    ['Nông Văn Tuấn', platoon.id],
  ]);
}

describe('documents tab', () => {
  it('downloads a draft of the militia roster as often as asked, writing nothing in the register', async () => {
    const office = openTestOffice();
    await officeWithMilitia(office);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderScreen(<MilitiaDocuments />);

    const draft = await screen.findByRole('button', { name: format(d.draftOf, { title: f.militiaRoster }) });
    await user.click(draft);
    await waitFor(() => expect(downloads).toHaveLength(1));
    await waitFor(() => expect((draft as HTMLButtonElement).disabled).toBe(false));
    await user.click(draft);
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[0]).toBe('Danh sách dân quân tự vệ 2026.docx');
    expect((await office.call('documents.register.list', {})).total).toBe(0);
    expect(
      (await office.call('documents.counter.list', { year: 2026 })).find((c) => c.typeCode === 'DS'),
    ).toBeUndefined();
  });

  it('issues the militia roster signed by whom was chosen: says the number first, then saves it and enters it in the register', async () => {
    const office = openTestOffice();
    await officeWithMilitia(office);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderScreen(<MilitiaDocuments />);

    await waitFor(() => expect(screen.getByText('CHỈ HUY TRƯỞNG – Đại uý Hoàng Văn Minh')).toBeTruthy());
    await user.click(screen.getByLabelText(s.signer));
    await chooseOption(user, 'CHÍNH TRỊ VIÊN – Thượng uý Lục Văn Sơn');
    await user.click(screen.getByRole('button', { name: format(d.issueOf, { title: f.militiaRoster }) }));
    const dialog = await screen.findByRole('dialog', { name: d.dialogTitle });
    await waitFor(() => expect(dialog.textContent).toContain(format(d.willTake, { reference: '01/DS-BCH' })));
    expect(dialog.textContent).toContain(d.registered);
    expect(dialog.textContent).toContain(d.final);
    expect((await office.call('documents.register.list', {})).total).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: d.ok }));

    const note = await screen.findByRole('status');
    const [entry] = (await office.call('documents.register.list', {})).rows;
    expect(entry).toMatchObject({
      kind: 'militia.roster',
      format: 'docx',
      signerName: 'Thượng uý Lục Văn Sơn',
      issuedOn: '2026-11-27',
    });
    expect(downloads).toEqual([entry!.fileName]);
    expect(note.textContent).toContain(format(s.numbered, { number: entry!.reference! }));
    expect(screen.getByRole('link', { name: s.openRegister }).getAttribute('href')).toBe(
      `#/van-ban-bao-cao/so-van-ban/${entry!.id}`,
    );
    expect(entry!.reference).toBe('01/DS-BCH');
    expect(
      await screen.findByText(format(d.issued, { reference: entry!.reference!, fileName: entry!.fileName })),
    ).toBeTruthy();
  });

  it('keeps a document’s buttons disabled until what it needs is chosen', async () => {
    const office = openTestOffice();
    await office.call('office.update', officeProfile());
    renderScreen(<DrillsDocuments />);

    const plan = await screen.findByRole('button', {
      name: format(d.issueOf, { title: vi.documents.drills.exercisePlan }),
    });
    expect((plan as HTMLButtonElement).disabled).toBe(true);
    const roster = screen.getByRole('button', { name: format(d.issueOf, { title: vi.documents.drills.dutyRoster }) });
    expect((roster as HTMLButtonElement).disabled).toBe(false);
    expect((await office.call('documents.register.list', {})).total).toBe(0);
  });
});
