import { screen, waitFor } from '@testing-library/react';
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
  it('makes the militia roster signed by whom was chosen: saved as a file and entered in the register', async () => {
    const office = openTestOffice();
    await officeWithMilitia(office);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderScreen(<MilitiaDocuments />);

    await waitFor(() => expect(screen.getByText('CHỈ HUY TRƯỞNG – Đại uý Hoàng Văn Minh')).toBeTruthy());
    await user.click(screen.getByLabelText(s.signer));
    await chooseOption(user, 'CHÍNH TRỊ VIÊN – Thượng uý Lục Văn Sơn');
    await user.click(screen.getByRole('button', { name: format(f.wordOf, { title: f.militiaRoster }) }));

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
    expect(await screen.findByText(format(f.saved, { fileName: entry!.fileName, count: 2 }))).toBeTruthy();
  });

  it('keeps a document’s buttons disabled until what it needs is chosen', async () => {
    const office = openTestOffice();
    await office.call('office.update', officeProfile());
    renderScreen(<DrillsDocuments />);

    const plan = await screen.findByRole('button', {
      name: format(f.wordOf, { title: vi.documents.drills.exercisePlan }),
    });
    expect((plan as HTMLButtonElement).disabled).toBe(true);
    const roster = screen.getByRole('button', { name: format(f.wordOf, { title: vi.documents.drills.dutyRoster }) });
    expect((roster as HTMLButtonElement).disabled).toBe(false);
    expect((await office.call('documents.register.list', {})).total).toBe(0);
  });
});
