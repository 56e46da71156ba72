import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../../electron/core/db/test-helpers';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { vi } from '../../messages/vi';
import { AddPartnerDialog } from './AddPartnerDialog';

const t = vi.exchange.partners;

/** A ward's enrolment sheet, made by a real second office (its own database). */
async function wardSheet() {
  const ward = createTestCore();
  try {
    const result = await ward.invoke('exchange.identity.setup', {
      officeCode: '01234',
      officeName: 'Ban CHQS phường Đức Xuân',
      officeKind: 'ward_commune',
    });
    if (!result.ok) throw new Error(result.error.message);
    const file = await ward.invoke('exchange.enrolment.file', {});
    if (!file.ok) throw new Error(file.error.message);
    return {
      identity: result.value as { publicKey: string; fingerprint: string },
      file: file.value as { base64: string },
    };
  } finally {
    ward.dispose();
  }
}

describe('AddPartnerDialog', () => {
  it('shows the fingerprint computed from the typed key, and refuses a fingerprint that does not match it', async () => {
    const office = openTestOffice();
    const { identity } = await wardSheet();
    const closed: boolean[] = [];
    const user = userEvent.setup();
    renderScreen(<AddPartnerDialog role="sender" onClose={(changed) => closed.push(changed)} />);
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText(vi.exchange.identity.officeCode), '01234');
    await user.type(dialog.getByLabelText(vi.exchange.identity.officeName), 'Ban CHQS phường Đức Xuân');
    // Typed without spaces and in lower case: the field shows it in groups of four, as printed.
    await user.click(dialog.getByLabelText(t.publicKey));
    await user.paste(identity.publicKey.replace(/ /g, '').toLowerCase());
    expect((dialog.getByLabelText(t.publicKey) as HTMLTextAreaElement).value).toBe(identity.publicKey);
    await waitFor(() => expect(screen.getByTestId('computed-fingerprint').textContent).toContain(identity.fingerprint));

    // One group of the fingerprint misread from the paper.
    const misread = identity.fingerprint.startsWith('0')
      ? `1${identity.fingerprint.slice(1)}`
      : `0${identity.fingerprint.slice(1)}`;
    await user.click(dialog.getByLabelText(t.fingerprint));
    await user.paste(misread);
    expect(await dialog.findByText(t.computedMismatch)).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: vi.common.save }));
    expect(await dialog.findByText(/khóa hoặc mã đã gõ sai/)).toBeTruthy();
    expect(await office.call('exchange.partners.list', {})).toEqual([]);

    await user.clear(dialog.getByLabelText(t.fingerprint));
    await user.click(dialog.getByLabelText(t.fingerprint));
    await user.paste(identity.fingerprint.toLowerCase());
    expect(await dialog.findByText(t.computedMatch)).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: vi.common.save }));
    await waitFor(() => expect(closed).toEqual([true]));
    expect(await office.call('exchange.partners.list', {})).toMatchObject([
      { role: 'sender', officeCode: '01234', keys: [{ fingerprint: identity.fingerprint }] },
    ]);
  });

  it('prefills the form from the enrolment file', async () => {
    openTestOffice();
    const { identity, file } = await wardSheet();
    const user = userEvent.setup();
    const { container } = renderScreen(<AddPartnerDialog role="sender" onClose={() => undefined} />);
    await screen.findByRole('dialog');
    const input = document.querySelector('input[type="file"]') ?? container.querySelector('input[type="file"]');
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    await user.upload(
      input as HTMLInputElement,
      new File([bytes], 'dang-ky-01234.qsdp-key.json', { type: 'application/json' }),
    );
    const dialog = within(screen.getByRole('dialog'));
    await waitFor(() =>
      expect((dialog.getByLabelText(vi.exchange.identity.officeCode) as HTMLInputElement).value).toBe('01234'),
    );
    expect((dialog.getByLabelText(t.publicKey) as HTMLTextAreaElement).value).toBe(identity.publicKey);
    expect((dialog.getByLabelText(t.fingerprint) as HTMLInputElement).value).toBe(identity.fingerprint);
  });
});
