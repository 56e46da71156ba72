import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { catchDownloads, officeProfile } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { ReportPage } from './ReportPage';

const t = vi.reviews;
const m = t.meeting;

async function openReport(office: TestOffice) {
  await office.call('office.update', officeProfile());
  const created = await office.call('reviews.report.create', { periodKind: 'h1', year: 2026 });
  return created;
}

/** Puts text in a field as a paste (typing long Vietnamese text key by key only slows the test). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

// The draft's download: the same checks come before a draft, a preview and an issue.
const downloadButton = () =>
  screen.findByRole('button', { name: format(vi.documentIssue.draftOf, { title: t.documentName }) });
const dateBox = () => screen.getByLabelText(vi.documents.signing.date) as HTMLInputElement;

describe('downloading a review report', () => {
  it('asks before downloading a report whose assessment is still the draft, and downloads only on confirmation', async () => {
    const office = openTestOffice();
    const report = await openReport(office);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderScreen(<ReportPage id={report.report.id} onBack={() => {}} />);

    await user.click(await downloadButton());
    const dialog = await screen.findByRole('dialog', { name: t.check.title });
    expect(dialog.textContent).toMatch(/Các mục sau chưa được biên tập: [^.]*Ưu điểm, hạn chế/);
    expect(dialog.textContent).toContain(t.check.question);
    await user.click(within(dialog).getByRole('button', { name: vi.common.cancel }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: t.check.title })).toBeNull());
    expect(downloads).toEqual([]);

    await user.click(await downloadButton());
    const again = await screen.findByRole('dialog', { name: t.check.title });
    await user.click(within(again).getByRole('button', { name: t.check.ok }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toContain('6 tháng đầu năm 2026');
  });

  it('downloads at once when every section has been written', async () => {
    const office = openTestOffice();
    const report = await openReport(office);
    const written = Object.fromEntries(
      Object.keys(report.sections).map((key) => [key, `Nội dung mục ${key} do cán bộ viết.`]),
    );
    await office.call('reviews.report.save', {
      id: report.report.id,
      version: report.report.version,
      sections: written,
    });
    const downloads = catchDownloads();
    const user = userEvent.setup();
    renderScreen(<ReportPage id={report.report.id} onBack={() => {}} />);

    await user.click(await downloadButton());
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByRole('dialog', { name: t.check.title })).toBeNull();
  });

  it('dates the document on the period\u2019s last day, then on the day of the meeting recorded in its panel', async () => {
    const office = openTestOffice();
    const report = await openReport(office);
    const user = userEvent.setup();
    renderScreen(<ReportPage id={report.report.id} onBack={() => {}} />);

    await downloadButton();
    expect(dateBox().value).toBe('30/06/2026');
    const panel = screen.getByRole('region', { name: m.title });
    await user.click(within(panel).getByRole('button', { name: m.add }));
    const dialog = await screen.findByRole('dialog', { name: m.addTitle });
    const heldOn = within(dialog).getByLabelText(m.fields.heldOn);
    await user.clear(heldOn);
    await user.type(heldOn, '26/06/2026');
    await fill(user, within(dialog).getByLabelText(m.fields.place), 'Hội trường Đảng ủy phường');
    await fill(user, within(dialog).getByLabelText(m.fields.chairName), 'Đồng chí Hà Văn Thanh');
    await fill(user, within(dialog).getByLabelText(m.fields.chairPosition), 'Bí thư Đảng ủy phường');
    await fill(
      user,
      within(dialog).getByLabelText(m.fields.conclusions),
      'Tổ chức diễn tập phòng thủ phường\nChuẩn bị tuyển quân năm 2027',
    );
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    expect(
      await within(panel).findByText(format(m.heldOnLine, { date: '26/06/2026', place: 'Hội trường Đảng ủy phường' })),
    ).toBeTruthy();
    await waitFor(() => expect(dateBox().value).toBe('26/06/2026'));
    const saved = await office.call('reviews.meeting.get', { reportId: report.report.id });
    expect(saved.meeting?.conclusions).toEqual(['Tổ chức diễn tập phòng thủ phường', 'Chuẩn bị tuyển quân năm 2027']);
  });

  it('shows the core\u2019s refusal of a meeting held before the period next to its date', async () => {
    const office = openTestOffice();
    const report = await openReport(office);
    const user = userEvent.setup();
    renderScreen(<ReportPage id={report.report.id} onBack={() => {}} />);

    await user.click(await screen.findByRole('button', { name: m.add }));
    const dialog = await screen.findByRole('dialog', { name: m.addTitle });
    const heldOn = within(dialog).getByLabelText(m.fields.heldOn);
    await user.clear(heldOn);
    await user.type(heldOn, '20/12/2025');
    await fill(user, within(dialog).getByLabelText(m.fields.place), 'Hội trường');
    await fill(user, within(dialog).getByLabelText(m.fields.chairName), 'Đồng chí Hà Văn Thanh');
    await fill(user, within(dialog).getByLabelText(m.fields.chairPosition), 'Bí thư Đảng ủy phường');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
    expect(await within(dialog).findByText(/không được trước ngày đầu kỳ báo cáo \(01\/01\/2026\)/)).toBeTruthy();
  });
});
