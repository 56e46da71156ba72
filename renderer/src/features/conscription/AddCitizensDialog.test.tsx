import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { personInput, seedLocality } from '../../../test/seed';
import { vi } from '../../messages/vi';
import { AddCitizensDialog } from './AddCitizensDialog';
import type { StepOutcome } from './run-steps';

const t = vi.conscription.add;

/** The 2026 campaign and one young man of the ward, not yet in it. */
async function campaignAndCitizen(office: TestOffice) {
  const ward = await seedLocality(office);
  const campaign = await office.call('conscription.campaign.create', {
    year: 2026,
    handoverStart: '2026-03-04',
    handoverEnd: '2026-03-04',
  });
  await office.call('people.create', personInput('Lý Văn Ký', '2008-05-10', { localityId: ward.id }));
  return campaign;
}

/** Opens the dialog, ticks the citizen and answers "first registration"; returns the outcome's promise. */
async function openAndPick() {
  const office = openTestOffice();
  const campaign = await campaignAndCitizen(office);
  const user = userEvent.setup();
  let done: (outcome: StepOutcome | null) => void = () => undefined;
  const outcome = new Promise<StepOutcome | null>((resolve) => (done = resolve));
  renderScreen(<AddCitizensDialog campaign={campaign} onDone={(o) => done(o)} />);
  const dialog = within(await screen.findByRole('dialog', { name: t.title }));
  await user.click(await dialog.findByRole('checkbox', { name: 'Lý Văn Ký' }));
  return { office, campaign, user, dialog, outcome };
}

async function storedMethod(office: TestOffice, campaignId: string) {
  const page = await office.call('conscription.record.list', { campaignId });
  return page.rows.map((r) => [r.fullName, r.state, r.registrationMethod]);
}

describe('the first registration method in the add-citizens dialog', () => {
  it('asks the method only for a first registration, in person by default', async () => {
    const { office, campaign, user, dialog, outcome } = await openAndPick();
    expect(dialog.queryByText(t.method)).toBeNull();
    expect(dialog.queryByRole('radio', { name: 'Trực tiếp' })).toBeNull();
    await user.click(dialog.getByRole('radio', { name: vi.conscription.states.first_registered }));
    expect(await dialog.findByText(t.method)).toBeTruthy();
    expect(dialog.getByRole('radio', { name: 'Trực tiếp' })).toHaveProperty('checked', true);
    expect(dialog.getByRole('radio', { name: 'Trực tuyến' })).toHaveProperty('checked', false);
    await user.click(dialog.getByRole('button', { name: `${t.submit} (1)` }));
    expect((await outcome)?.done).toBe(1);
    expect(await storedMethod(office, campaign.id)).toEqual([['Lý Văn Ký', 'first_registered', 'in_person']]);
  });

  it('records an online registration, and warns when it is dated before 01/07/2025', async () => {
    const { office, campaign, user, dialog, outcome } = await openAndPick();
    await user.click(dialog.getByRole('radio', { name: vi.conscription.states.first_registered }));
    await user.click(await dialog.findByRole('radio', { name: 'Trực tuyến' }));
    const date = dialog.getByLabelText(t.onDate);
    await user.clear(date);
    await user.type(date, '30/06/2025{Enter}');
    await user.click(dialog.getByRole('button', { name: `${t.submit} (1)` }));
    const result = await outcome;
    expect(result?.done).toBe(1);
    expect(result?.warnings).toHaveLength(1);
    expect(result?.warnings[0]).toMatchObject({ name: 'Lý Văn Ký' });
    expect(result?.warnings[0]?.message).toContain('chưa quy định đăng ký trực tuyến');
    await waitFor(async () =>
      expect(await storedMethod(office, campaign.id)).toEqual([['Lý Văn Ký', 'first_registered', 'online']]),
    );
  });
});
