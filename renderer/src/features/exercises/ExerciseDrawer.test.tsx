import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { chooseOption, tableRows, tableWithHeader } from '../../../test/queries';
import { seedLocality, seedMobilePlatoon } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { ExercisesTab } from './ExercisesTab';

const t = vi.exercises;
const RESCUE = '00000000-0000-4000-8000-000000000002'; // the built-in PCTT-TKCN type
const TITLE = 'Diễn tập PCTT-TKCN phường Đức Xuân năm 2026';

/** A rescue exercise of one ward, planned 15–16/10/2026 with the ward's mobile platoon. */
async function plannedExercise(office: TestOffice) {
  const ward = await seedLocality(office);
  const platoon = await seedMobilePlatoon(office, ward.id);
  return office.call('exercises.exercise.create', {
    typeId: RESCUE,
    level: 'commune',
    title: TITLE,
    localityId: ward.id,
    plannedOn: '2026-10-15',
    plannedUntil: '2026-10-16',
    leadBody: 'UBND phường Đức Xuân',
    directingOfficer: 'Hoàng Văn Minh',
    militiaCount: 35,
    reservistCount: 10,
    policeCount: 6,
    otherCount: 20,
    scenario: 'Mưa lớn kéo dài gây lũ quét tại tổ 7.',
    militiaUnitIds: [platoon.id],
  });
}

/** The drawer's details as label → value. */
function details(drawer: HTMLElement): Record<string, string> {
  const rows = within(drawer).getAllByRole('row');
  return Object.fromEntries(
    rows.map((row) => [row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? '']),
  );
}

async function openDrawer(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: TITLE }));
  return screen.findByRole('dialog', { name: TITLE });
}

describe('exercise drawer', () => {
  it('opens an exercise from the list and shows its plan, forces, units and status', async () => {
    const office = openTestOffice();
    await plannedExercise(office);
    const user = userEvent.setup();
    renderScreen(<ExercisesTab />);

    const drawer = await openDrawer(user);
    await waitFor(() => expect(within(drawer).getAllByRole('row').length).toBeGreaterThan(5));
    expect(details(drawer)).toMatchObject({
      [t.columns.status]: t.statuses.planned,
      [t.fields.typeId]: 'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn (PCTT-TKCN)',
      [t.fields.level]: t.levels.commune,
      [t.fields.localityId]: 'Phường Đức Xuân',
      [t.details.plan]: '15/10/2026 – 16/10/2026',
      [t.details.actual]: vi.common.none,
      [t.fields.leadBody]: 'UBND phường Đức Xuân',
      [t.fields.directingOfficer]: 'Hoàng Văn Minh',
      [t.details.forces]: format(t.details.forcesValue, { militia: 35, reservists: 10, police: 6, other: 20 }),
      [t.fields.scenario]: 'Mưa lớn kéo dài gây lũ quét tại tổ 7.',
    });
    expect(within(drawer).getByText('Trung đội dân quân cơ động')).toBeTruthy();
    expect(within(drawer).getByText(t.details.noAttachments)).toBeTruthy();
  });

  it('completes a prepared exercise with its dates and rating; the drawer and the list show the result', async () => {
    const office = openTestOffice();
    const exercise = await plannedExercise(office);
    const user = userEvent.setup();
    renderScreen(<ExercisesTab />);

    const drawer = await openDrawer(user);
    // "Hoàn thành" is offered from the plan too (the core records the preparing step on the way).
    const prepare = await within(drawer).findByRole('button', { name: t.actions.prepare });
    expect(within(drawer).getByRole('button', { name: t.actions.complete })).toBeTruthy();
    await user.click(prepare);
    await waitFor(() => expect(details(drawer)[t.columns.status]).toBe(t.statuses.preparing));
    await user.click(within(drawer).getByRole('button', { name: t.actions.complete }));

    const dialog = await screen.findByRole('dialog', { name: t.actions.completeTitle });
    // The actual dates start from the plan; the rating must be chosen.
    expect(within(dialog).getByLabelText<HTMLInputElement>(t.fields.startedOn).value).toBe('15/10/2026');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
    expect(await within(dialog).findByText(vi.common.required)).toBeTruthy();
    await user.click(within(dialog).getByRole('combobox', { name: t.fields.rating }));
    await chooseOption(user, t.ratings.good);
    await user.type(within(dialog).getByLabelText(t.fields.lessons), 'Hiệp đồng chặt chẽ giữa các lực lượng.');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    await waitFor(() => expect(details(drawer)[t.columns.status]).toBe(t.statuses.done));
    expect(details(drawer)).toMatchObject({
      [t.details.actual]: '15/10/2026',
      [t.fields.rating]: t.ratings.good,
      [t.fields.lessons]: 'Hiệp đồng chặt chẽ giữa các lực lượng.',
    });
    expect(await office.call('exercises.exercise.get', { id: exercise.id })).toMatchObject({
      status: 'done',
      startedOn: '2026-10-15',
      endedOn: '2026-10-15',
      rating: 'good',
      lessons: 'Hiệp đồng chặt chẽ giữa các lực lượng.',
    });
    // The list behind the drawer was told to reload.
    const list = tableWithHeader(t.columns.plannedOn);
    await waitFor(() => expect(tableRows(list).find((cells) => cells.includes(TITLE))).toContain(t.ratings.good));
  });
});
