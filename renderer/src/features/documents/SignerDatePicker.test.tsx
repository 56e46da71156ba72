import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { chooseOption } from '../../../test/queries';
import { officeProfile } from '../../../test/seed';
import { vi } from '../../messages/vi';
import { SignerDatePicker, signingInput, useSigning } from './SignerDatePicker';

const t = vi.documents.signing;

/** The picker, with what it would add to `documents.generate` written out below it. */
function Picked() {
  const [signing, setSigning] = useSigning();
  return (
    <>
      <SignerDatePicker id="test" value={signing} onChange={setSigning} />
      <output>{JSON.stringify(signingInput(signing))}</output>
    </>
  );
}

const picked = () => JSON.parse(screen.getByRole('status').textContent ?? '') as unknown;

describe('SignerDatePicker', () => {
  it('offers the office profile’s signers, the commander and today first, and gives what was chosen', async () => {
    const office = openTestOffice();
    await office.call('office.update', officeProfile());
    const user = userEvent.setup();
    renderScreen(<Picked />);

    const signer = screen.getByLabelText(t.signer);
    await waitFor(() => expect(screen.getByText('CHỈ HUY TRƯỞNG – Đại uý Hoàng Văn Minh')).toBeTruthy());
    expect(picked()).toEqual({ signerIndex: 0, date: '2026-11-27' });

    await user.click(signer);
    await chooseOption(user, 'CHÍNH TRỊ VIÊN – Thượng uý Lục Văn Sơn');
    const date = screen.getByLabelText(t.date);
    await user.clear(date);
    await user.type(date, '20/11/2026{Enter}');

    await waitFor(() => expect(picked()).toEqual({ signerIndex: 1, date: '2026-11-20' }));
  });
});
