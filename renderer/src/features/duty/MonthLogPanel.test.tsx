import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { tableRows } from '../../../test/queries';
import { vi } from '../../messages/vi';
import { IncidentsPanel } from './IncidentsPanel';

const t = vi.duty;

/** The month-log panel as the incidents use it, over the real core. */
describe('month log panel', () => {
  it('lists the month’s incidents, edits one in its dialog and deletes another after confirming', async () => {
    const office = openTestOffice();
    await office.call('duty.incident.create', {
      occurredAt: '2026-11-03T22:15',
      description: 'Cháy rừng nhỏ tại đồi Khuổi Cuồng',
      actionTaken: 'Huy động dân quân dập lửa',
      reportedBy: 'Nông Văn Tuấn',
    });
    await office.call('duty.incident.create', {
      occurredAt: '2026-11-20T07:30',
      description: 'Trâu lạc vào khu vực kho',
    });
    const user = userEvent.setup();
    renderScreen(<IncidentsPanel year={2026} month={11} defaultDay="2026-11-27" />);

    await waitFor(() => expect(tableRows()).toHaveLength(2));
    expect(tableRows()[0]?.slice(0, 4)).toEqual([
      '22:15 03/11/2026',
      'Cháy rừng nhỏ tại đồi Khuổi Cuồng',
      'Huy động dân quân dập lửa',
      'Nông Văn Tuấn',
    ]);

    // Edit: the dialog opens with the entry, the change is saved and the list reloaded.
    await user.click(screen.getAllByRole('button', { name: t.editIncident })[1]!);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(t.actionTaken), 'Đưa trâu về cho chủ');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
    await waitFor(() => expect(tableRows()[1]?.[2]).toBe('Đưa trâu về cho chủ'));

    // Delete: after the confirmation, "Đã xóa." and the row is gone, in the core too.
    await user.click(screen.getAllByRole('button', { name: t.deleteIncident })[0]!);
    await user.click(await screen.findByRole('button', { name: vi.common.confirm }));
    expect(await screen.findByText(t.deleted)).toBeTruthy();
    await waitFor(() => expect(tableRows()).toHaveLength(1));
    const left = await office.call('duty.incident.list', { year: 2026, month: 11 });
    expect(left.map((i) => [i.description, i.actionTaken])).toEqual([
      ['Trâu lạc vào khu vực kho', 'Đưa trâu về cho chủ'],
    ]);
  });
});
