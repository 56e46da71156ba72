import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../test/core-harness';
import { tableRows } from '../../test/queries';
import { api } from '../api/client';
import { SpecialtiesPanel } from '../features/reserves/SpecialtiesPanel';
import { vi } from '../messages/vi';
import { useApiAction } from './use-api-action';

const t = vi.reserves.specialties;

/**
 * A button whose action waits for the test to let it go, then asks the core for a specialty:
 * its busy state can be seen while the call is on its way.
 */
function GatedCreate({ gate, code, errors }: { gate: Promise<void>; code: string; errors?: 'banner' | 'message' }) {
  const [created, setCreated] = useState<string | null>(null);
  const create = useApiAction(
    async () => {
      await gate;
      return api('reserves.specialty.create', { code, name: 'Thông tin' });
    },
    { success: vi.common.saved, onSuccess: (specialty) => setCreated(specialty.code), errors },
  );
  return (
    <>
      {create.error && <Alert type="error" title={create.error} />}
      <Button disabled={create.busy} onClick={() => void create.run()}>
        Tạo
      </Button>
      {created && <p>Đã tạo mã {created}</p>}
    </>
  );
}

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('useApiAction', () => {
  it('puts the core’s refusal next to the field of the form it saves, and saves nothing', async () => {
    const office = openTestOffice();
    await office.call('reserves.specialty.create', { code: '101', name: 'Bộ binh' });
    const user = userEvent.setup();
    renderScreen(<SpecialtiesPanel />);

    await user.click(await screen.findByRole('button', { name: t.add }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(t.code), '101');
    await user.type(within(dialog).getByLabelText(t.name), 'Khác');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    // The field's own error line (antd's Form.Item explain), not a banner.
    const codeItem = within(dialog).getByLabelText(t.code).closest('.ant-form-item')!;
    await waitFor(() => expect(codeItem.textContent).toContain('Mã chuyên nghiệp quân sự "101" đã có.'));
    expect(within(dialog).queryByRole('alert', { name: /đã có/ })).toBeNull();
    expect((await office.call('reserves.specialty.list', {})).map((s) => s.name)).toEqual(['Bộ binh']);
  });

  it('shows the success message and reloads the list after an action from a row', async () => {
    const office = openTestOffice();
    await office.call('reserves.specialty.create', { code: '101', name: 'Bộ binh' });
    const user = userEvent.setup();
    renderScreen(<SpecialtiesPanel />);

    await waitFor(() => expect(tableRows()[0]?.[0]).toBe('101'));
    await user.click(screen.getByRole('button', { name: t.retire }));
    await user.click(await screen.findByRole('button', { name: vi.common.confirm }));

    expect(await screen.findByText(vi.common.saved)).toBeTruthy();
    const [infantry] = await office.call('reserves.specialty.list', { includeRetired: true });
    expect(infantry?.retiredOn).not.toBeNull();
    // Retired specialties are hidden unless asked for: the reloaded list no longer has it.
    await waitFor(() => expect(screen.queryByText('Bộ binh')).toBeNull());
  });

  it('is busy while the call is on its way: the button is disabled until the core answers', async () => {
    const office = openTestOffice();
    const user = userEvent.setup();
    const { promise, open } = gate();
    renderScreen(<GatedCreate gate={promise} code="051" />);

    const button = screen.getByRole('button', { name: 'Tạo' });
    await user.click(button);
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(true));
    open();
    expect(await screen.findByText('Đã tạo mã 051')).toBeTruthy();
    expect(await screen.findByText(vi.common.saved)).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(false);
    expect((await office.call('reserves.specialty.list', {})).map((s) => s.code)).toEqual(['051']);
  });

  it('shows a refusal not tied to a form in the banner, or as a message', async () => {
    const office = openTestOffice();
    await office.call('reserves.specialty.create', { code: '051', name: 'Lái xe' });
    const user = userEvent.setup();
    const banner = gate();
    banner.open();
    const { unmount } = renderScreen(<GatedCreate gate={banner.promise} code="051" errors="banner" />);

    await user.click(screen.getByRole('button', { name: 'Tạo' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Mã chuyên nghiệp quân sự "051" đã có.');
    unmount();

    renderScreen(<GatedCreate gate={banner.promise} code="051" />);
    await user.click(screen.getByRole('button', { name: 'Tạo' }));
    // antd's message: a toast outside the page's content, no banner.
    await waitFor(() =>
      expect(document.querySelector('.ant-message')?.textContent).toContain('Mã chuyên nghiệp quân sự "051" đã có.'),
    );
    expect(document.querySelector('.ant-alert')).toBeNull();
  });
});
