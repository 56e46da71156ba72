import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExchangeIdentity } from '../../../../electron/core/api/contract';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { chooseOption } from '../../../test/queries';
import { vi } from '../../messages/vi';
import { IdentityForm } from './IdentityForm';

const t = vi.exchange.identity;

describe('IdentityForm', () => {
  it('sets the office up from the profile’s name, making its key; a code unfit for the kind is refused beside the code', async () => {
    const office = openTestOffice();
    const saved: ExchangeIdentity[] = [];
    const user = userEvent.setup();
    renderScreen(
      <IdentityForm
        identity={null}
        defaults={{ officeName: 'Ban CHQS phường Đức Xuân', officeKind: 'ward_commune' }}
        readOnly={false}
        onSaved={(identity) => saved.push(identity)}
      />,
    );
    expect((screen.getByLabelText(t.officeName) as HTMLInputElement).value).toBe('Ban CHQS phường Đức Xuân');
    await user.type(screen.getByLabelText(t.officeCode), '19');
    await user.click(screen.getByRole('button', { name: t.create }));
    expect(await screen.findByText(/Ban CHQS phường\/xã dùng mã phường\/xã gồm 5 chữ số/)).toBeTruthy();
    expect(await office.call('exchange.identity.get', {})).toBeNull();

    await user.clear(screen.getByLabelText(t.officeCode));
    await user.type(screen.getByLabelText(t.officeCode), '01234');
    await user.click(screen.getByRole('button', { name: t.create }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const identity = await office.call('exchange.identity.get', {});
    expect(identity).toMatchObject({ officeCode: '01234', officeKind: 'ward_commune', version: 1 });
    expect(saved[0]!.fingerprint).toBe(identity!.fingerprint);
  });

  it('saves a new name and kind over the identity, keeping its key', async () => {
    const office = openTestOffice();
    const first = await office.call('exchange.identity.setup', {
      officeCode: '01234',
      officeName: 'Ban CHQS phường Đức Xuân',
      officeKind: 'ward_commune',
    });
    const user = userEvent.setup();
    renderScreen(<IdentityForm identity={first} defaults={{}} readOnly={false} onSaved={() => undefined} />);
    await user.click(screen.getByLabelText(t.officeKind));
    await chooseOption(user, vi.exchange.kinds.regional_defence);
    await user.clear(screen.getByLabelText(t.officeCode));
    await user.type(screen.getByLabelText(t.officeCode), '19-kv1');
    await user.clear(screen.getByLabelText(t.officeName));
    await user.type(screen.getByLabelText(t.officeName), 'Ban CHPTKV 1 – Đức Xuân');
    await user.click(screen.getByRole('button', { name: vi.common.save }));
    await waitFor(async () =>
      expect(await office.call('exchange.identity.get', {})).toMatchObject({
        officeCode: '19-KV1',
        officeKind: 'regional_defence',
        officeName: 'Ban CHPTKV 1 – Đức Xuân',
        fingerprint: first.fingerprint,
        version: 2,
      }),
    );
  });
});
