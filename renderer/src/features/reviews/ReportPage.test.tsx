import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { format as coreFormat, vi as coreVi } from '../../../../electron/core/messages/vi';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { seedLocality } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { ReportPage } from './ReportPage';

const t = vi.reviews;
const figureText = coreVi.reviews.figures;
const RESCUE = '00000000-0000-4000-8000-000000000002';
const COMBAT = '00000000-0000-4000-8000-000000000001';

/**
 * Three exercises of one ward in 2026: a rescue exercise held on 10/04 (rated "khá"), a combat
 * exercise planned for 20/06 and not yet held, and one planned for 15/09 (second half: not counted).
 * The review of the first half of 2026 therefore finds 2 planned, 1/2 done.
 */
async function halfYearReport(office: TestOffice) {
  const ward = await seedLocality(office);
  const exercise = (typeId: string, title: string, plannedOn: string) =>
    office.call('exercises.exercise.create', { typeId, level: 'commune', title, localityId: ward.id, plannedOn });
  const held = await exercise(RESCUE, 'Diễn tập PCTT-TKCN phường Đức Xuân', '2026-04-10');
  const preparing = await office.call('exercises.exercise.transition', {
    id: held.id,
    version: held.version,
    to: 'preparing',
  });
  await office.call('exercises.exercise.transition', {
    id: held.id,
    version: preparing.version,
    to: 'done',
    startedOn: '2026-04-10',
    endedOn: '2026-04-10',
    rating: 'good',
  });
  await exercise(COMBAT, 'Diễn tập chiến đấu phòng thủ phường Đức Xuân', '2026-06-20');
  await exercise(RESCUE, 'Diễn tập PCTT-TKCN mùa mưa bão', '2026-09-15');
  return office.call('reviews.report.create', { periodKind: 'h1', year: 2026 });
}

/** The text box of one narrative section, found by its heading as the officer reads it. */
const defenceZoneBox = () => screen.findByRole('textbox', { name: /Xây dựng khu vực phòng thủ và công tác diễn tập/ });

describe('review report editor', () => {
  it('shows the half-year figures computed from the records, each with how it was computed', async () => {
    const office = openTestOffice();
    const report = await halfYearReport(office);
    const user = userEvent.setup();
    renderScreen(<ReportPage id={report.report.id} onBack={() => {}} />);

    expect(
      await screen.findByRole('heading', { name: format(t.reportTitle, { period: '6 tháng đầu năm 2026' }) }),
    ).toBeTruthy();
    const figures = screen.getByRole('region', { name: t.figuresTitle });
    const group = within(figures).getByRole('region', { name: coreVi.reviews.groups.exercises });
    expect(within(group).getByRole('group', { name: figureText.exercisesPlanned.label }).textContent).toContain('2');
    const done = within(group).getByRole('group', { name: figureText.exercisesDone.label });
    expect(within(done).getByText('1/2')).toBeTruthy();

    await user.click(
      within(done).getByRole('button', { name: format(t.howToggle, { label: figureText.exercisesDone.label }) }),
    );
    expect(
      within(done).getByText(coreFormat(figureText.exercisesDone.how, { from: '01/01/2026', to: '30/06/2026' })),
    ).toBeTruthy();
    // The draft paragraph is written from the same figures.
    expect(((await defenceZoneBox()) as HTMLTextAreaElement).value).toContain('đã thực hiện 1/2 cuộc');
  });

  it('keeps an edited paragraph: saved as version 2, shown again when the report is reopened', async () => {
    const office = openTestOffice();
    const report = await halfYearReport(office);
    const user = userEvent.setup();
    const page = renderScreen(<ReportPage id={report.report.id} onBack={() => {}} />);

    const box = await defenceZoneBox();
    expect(screen.getByText(t.allSaved)).toBeTruthy();
    const edited = 'Tổ chức diễn tập PCTT-TKCN đạt loại khá (đoạn đã sửa).';
    await user.clear(box);
    await user.paste(edited);
    expect(await screen.findByText(t.unsaved)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: t.saveReport }));

    expect(await screen.findByText(format(t.saved, { versionNo: 2 }))).toBeTruthy();
    await waitFor(() => expect(screen.getByText(t.allSaved)).toBeTruthy());
    const saved = await office.call('reviews.report.get', { id: report.report.id });
    expect(saved.versionNo).toBe(2);
    expect(saved.sections.defenceZone).toBe(edited);
    // Other sections keep their draft.
    expect(saved.sections.tasks).toBe(report.sections.tasks);

    page.unmount();
    renderScreen(<ReportPage id={report.report.id} onBack={() => {}} />);
    expect(((await defenceZoneBox()) as HTMLTextAreaElement).value).toBe(edited);
  });
});
