import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { chooseOption } from '../../../test/queries';
import { personInput, seedLocality } from '../../../test/seed';
import { vi } from '../../messages/vi';
import { AddMemberDialog } from './AddMemberDialog';
import { DecisionDialog } from './DecisionDialog';
import { pointCitation } from './decision-labels';

const t = vi.militia.decisions;

describe('deferral and exemption of militia duty (Art. 11 Luật DQTV)', () => {
  it('records a deferral with its case and last day; an exemption asks for no end date', async () => {
    const office = openTestOffice();
    const mai = await office.call('people.create', personInput('Lò Thị Mai', '1998-04-02', { sex: 'F' }));
    const user = userEvent.setup();
    let closed: boolean | null = null;
    renderScreen(<DecisionDialog decision={null} onClose={(saved) => (closed = saved)} />);

    const dialog = within(await screen.findByRole('dialog', { name: t.addTitle }));
    await user.type(dialog.getByRole('searchbox', { name: t.searchPerson }), 'lo thi');
    await user.click(await dialog.findByRole('radio', { name: 'Lò Thị Mai' }));
    await user.click(dialog.getByRole('combobox', { name: t.fields.point }));
    await chooseOption(user, `${pointCitation('1-a')}: ${t.points['1-a']}`);
    await user.type(dialog.getByLabelText(t.fields.validUntil), '31/12/2027');
    // Only an exemption has no end: switching to it hides the date, and back shows it again.
    await user.click(dialog.getByRole('combobox', { name: t.fields.kind }));
    await chooseOption(user, t.kinds.exemption);
    expect(dialog.queryByLabelText(t.fields.validUntil)).toBeNull();
    await user.click(dialog.getByRole('combobox', { name: t.fields.kind }));
    await chooseOption(user, t.kinds.deferral);
    await user.click(dialog.getByRole('combobox', { name: t.fields.point }));
    await chooseOption(user, `${pointCitation('1-a')}: ${t.points['1-a']}`);
    await user.type(dialog.getByLabelText(t.fields.validUntil), '31/12/2027');
    await user.click(dialog.getByRole('button', { name: vi.common.save }));

    await waitFor(() => expect(closed).toBe(true));
    const saved = await office.call('militia.decision.list', { personId: mai.id });
    expect(saved.rows).toMatchObject([
      { kind: 'deferral', point: '1-a', validUntil: '2027-12-31', decidedBy: t.decidedByDefault },
    ]);
  });

  it('shows the refusal in the admission dialog as soon as a deferred person is picked', async () => {
    const office = openTestOffice();
    const ward = await seedLocality(office);
    const unit = await office.call('militia.unit.create', {
      force: 'militia',
      localityId: ward.id,
      name: 'Tiểu đội 1',
      level: 'squad',
      component: 'on_the_spot',
    });
    const mai = await office.call('people.create', personInput('Lò Thị Mai', '1998-04-02', { sex: 'F' }));
    await office.call('militia.decision.create', {
      personId: mai.id,
      kind: 'deferral',
      point: '1-a',
      decidedOn: '2026-01-10',
      decidedBy: 'Chủ tịch UBND xã',
      validUntil: '2027-06-30',
    });
    const refusal = await office.refusal('militia.member.create', {
      personId: mai.id,
      unitId: unit.id,
      startedOn: '2026-11-27',
    });
    const user = userEvent.setup();
    renderScreen(<AddMemberDialog unit={unit} onClose={() => undefined} />);

    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByRole('searchbox', { name: vi.militia.member.searchPerson }), 'lo thi');
    await user.click(await dialog.findByRole('radio', { name: 'Lò Thị Mai' }));
    expect(refusal.message).toContain('điểm a khoản 1 Điều 11 Luật DQTV');
    expect(await dialog.findByText(refusal.message)).toBeTruthy();
    // Saving anyway is refused by the core with the same words; nothing is saved.
    await user.click(dialog.getByRole('button', { name: vi.militia.member.add }));
    await waitFor(() => expect(dialog.getAllByText(refusal.message).length).toBe(2));
    expect((await office.call('militia.member.list', { unitId: unit.id })).total).toBe(0);
  });
});
