import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../test/core-harness';
import { chooseOption, tableRows } from '../../test/queries';
import { personInput, seedLocality } from '../../test/seed';
import { ReservistsTab } from '../features/reserves/ReservistsTab';
import { vi } from '../messages/vi';

const t = vi.reserves.filters;

/** The shared filter controls (SearchBox, FilterSelect) as a list uses them, over the real core. */
describe('filter controls', () => {
  it('narrows the reservists by a locality chosen, then by a search typed, and clears back', async () => {
    const office = openTestOffice();
    const [a, b] = [await seedLocality(office), await seedLocality(office, 'Xã Nông Thượng', 'commune')];
    const reservists: [string, string][] = [
      ['Hoàng Văn Thái', a.id],
      ['Nông Văn Tuấn', a.id],
      ['Lý Văn Hưng', b.id],
    ];
    for (const [name, localityId] of reservists) {
      const person = await office.call('people.create', personInput(name, '1995-06-01', { localityId }));
      await office.call('reserves.reservist.create', {
        personId: person.id,
        category: 'soldier',
        grade: 1,
        registeredOn: '2024-01-10',
      });
    }
    const user = userEvent.setup();
    renderScreen(<ReservistsTab />);
    const names = () => tableRows().map((cells) => cells.find((c) => reservists.some(([n]) => c.startsWith(n))));

    await waitFor(() => expect(tableRows()).toHaveLength(3));
    await user.click(screen.getByLabelText(t.locality));
    await chooseOption(user, 'Phường Đức Xuân');
    await waitFor(() => expect(tableRows()).toHaveLength(2));

    // The search waits 300 ms after the last key before the list asks the core: allow for a busy machine.
    const settled = { timeout: 5000 };
    await user.type(screen.getByLabelText(vi.reserves.list.searchPlaceholder), 'tuan');
    await waitFor(() => expect(names()).toEqual([expect.stringContaining('Nông Văn Tuấn')]), settled);

    await user.clear(screen.getByLabelText(vi.reserves.list.searchPlaceholder));
    await waitFor(() => expect(tableRows()).toHaveLength(2), settled);
  });
});
