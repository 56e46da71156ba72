import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../test/core-harness';
import { chooseOption, tableRows } from '../../test/queries';
import { personInput, seedLocality } from '../../test/seed';
import { ReservistsTab } from '../features/reserves/ReservistsTab';
import { format, vi } from '../messages/vi';

const t = vi.reserves.filters;

/** The labels of the open drop-down's options. */
function shownOptions(): string[] {
  return [
    ...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option'),
  ].map((o) => o.textContent ?? '');
}

async function seedReservists() {
  const office = openTestOffice();
  const ward = await seedLocality(office);
  await seedLocality(office, 'Xã Nông Thượng', 'commune');
  const infantry = await office.call('reserves.specialty.create', { code: '101', name: 'Bộ binh' });
  await office.call('reserves.specialty.create', { code: '201', name: 'Pháo binh' });
  for (const [name, specialtyId] of [
    ['Hoàng Văn Thái', infantry.id],
    ['Nông Văn Tuấn', undefined],
  ] as const) {
    const person = await office.call('people.create', personInput(name, '1995-06-01', { localityId: ward.id }));
    await office.call('reserves.reservist.create', {
      personId: person.id,
      category: 'soldier',
      grade: 1,
      registeredOn: '2024-01-10',
      ...(specialtyId ? { specialtyId } : {}),
    });
  }
}

/** The shared searchable Select (SearchSelect, through FilterSelect) on a real list over the real core. */
describe('accent-free pickers', () => {
  it('finds "Đức Xuân" typed as "duc xuan" in the Địa bàn filter and "Bộ binh" as "bo binh" in the CNQS filter', async () => {
    await seedReservists();
    const user = userEvent.setup();
    renderScreen(<ReservistsTab />);
    await waitFor(() => expect(tableRows()).toHaveLength(2));

    await user.type(screen.getByRole('combobox', { name: t.locality }), 'duc xuan');
    await waitFor(() => expect(shownOptions()).toEqual(['Phường Đức Xuân']));
    await chooseOption(user, 'Phường Đức Xuân');

    // The specialty filter is one of the list's further filters, behind "Thêm bộ lọc".
    await user.click(screen.getByRole('button', { name: vi.layout.moreFilters }));
    await user.type(await screen.findByRole('combobox', { name: t.specialty }), 'BO  BINH');
    await waitFor(() => expect(shownOptions()).toEqual(['101 – Bộ binh']));
    await chooseOption(user, '101 – Bộ binh');
    await waitFor(() =>
      expect(tableRows()).toEqual([expect.arrayContaining([expect.stringContaining('Hoàng Văn Thái')])]),
    );
  });

  it('says in words what to do when nothing matches, naming the typed text', async () => {
    await seedReservists();
    const user = userEvent.setup();
    renderScreen(<ReservistsTab />);
    await waitFor(() => expect(tableRows()).toHaveLength(2));

    // Enter on an empty match keeping the text is shown in Chromium (test/e2e/accent-free-pick.spec.ts):
    // jsdom never runs the MessageChannel task in which antd closes its drop-down.
    await user.type(screen.getByRole('combobox', { name: t.locality }), 'duc xuat');
    const dropdown = () => document.querySelector<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    const message = format(vi.search.notFound, { text: 'duc xuat' });
    await waitFor(() => expect(within(dropdown()!).getByText(message)).toBeTruthy());
  });
});
