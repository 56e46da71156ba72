import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { chooseOption, tableRows } from '../../../test/queries';
import { format, vi } from '../../messages/vi';
import { SAVED_ROW_CLASS } from '../../shared/use-saved-row';
import { EquipmentTab } from './EquipmentTab';

const t = vi.equipment;

/** Two AK received on 01/11/2026 and 1.000 rounds; today is 27/11/2026 (the harness clock). */
async function seedBook(office: TestOffice) {
  const kinds = await office.call('equipment.kinds.list', { includeRetired: false });
  const ak = kinds.find((k) => k.name === 'Súng tiểu liên AK')!;
  const ammo = kinds.find((k) => k.name === 'Đạn các loại')!;
  await office.call('equipment.movement.create', {
    kind: 'receive',
    movedOn: '2026-11-01',
    unitId: null,
    personId: null,
    source: 'Bộ CHQS tỉnh cấp',
    reference: '',
    result: '',
    note: '',
    lines: [
      { kindId: ak.id, itemId: null, serial: 'AK-001', quantity: 1, state: null },
      { kindId: ak.id, itemId: null, serial: 'AK-002', quantity: 1, state: null },
      { kindId: ammo.id, itemId: null, serial: '', quantity: 1000, state: null },
    ],
  });
  return { ak, ammo };
}

it('shows the book by kind, and records a stocktake with its discrepancy shown as it is typed', async () => {
  const office = openTestOffice();
  await seedBook(office);
  const user = userEvent.setup();
  renderScreen(<EquipmentTab />);
  await waitFor(() => expect(tableRows()).toContainEqual(['Súng tiểu liên AK', 'khẩu', t.bySerial, '2', '0', '2']));
  expect(tableRows()).toContainEqual(['Đạn các loại', 'viên', t.byCount, '1.000', '0', '1.000']);

  await user.click(screen.getByRole('button', { name: t.addStocktake }));
  const dialog = await screen.findByRole('dialog', { name: t.stocktakeDialog.title });
  const akBox = await within(dialog).findByLabelText(
    format(t.stocktakeDialog.countedOf, { kind: 'Súng tiểu liên AK' }),
  );
  await user.type(akBox, '1');
  expect(await within(dialog).findByText('−1')).toBeTruthy();
  await user.type(within(dialog).getByLabelText(format(t.stocktakeDialog.countedOf, { kind: 'Đạn các loại' })), '1000');
  await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: t.stocktakeDialog.title })).toBeNull());
  const saved = await office.call('equipment.stocktakes.list', {});
  expect(saved.rows[0]).toMatchObject({ takenOn: '2026-11-27', discrepancies: 1 });
  expect(saved.rows[0]!.lines.map((l) => [l.kindName, l.counted, l.book])).toEqual([
    ['Súng tiểu liên AK', 1, 2],
    ['Đạn các loại', 1000, 1000],
  ]);
});

it('shows the core’s refusal of a serial already in the book beside the line, and saves nothing', async () => {
  const office = openTestOffice();
  await seedBook(office);
  const user = userEvent.setup();
  renderScreen(<EquipmentTab />);
  await user.click(screen.getByRole('button', { name: t.addMovement }));
  const dialog = await screen.findByRole('dialog', { name: t.movementDialog.title });
  const line = within(dialog).getByRole('group', { name: format(t.movementDialog.lineTitle, { n: 1 }) });
  await user.click(within(line).getByLabelText(t.movementDialog.lineKind));
  await chooseOption(user, 'Súng tiểu liên AK (khẩu)');
  await user.type(within(line).getByLabelText(t.movementDialog.serial), 'AK-002{Enter}');
  expect(await within(line).findByText(/Súng tiểu liên AK số hiệu AK-002 đã có trong sổ/)).toBeTruthy();
  expect((await office.call('equipment.movements.list', {})).total).toBe(1);
});

it('adds a kind of the office to the vocabulary, counted unless told', async () => {
  const office = openTestOffice();
  const user = userEvent.setup();
  renderScreen(<EquipmentTab />);
  await user.click(screen.getByRole('tab', { name: t.views.kinds }));
  await user.click(await screen.findByRole('button', { name: t.kinds.add }));
  const dialog = await screen.findByRole('dialog', { name: t.kinds.addTitle });
  await user.type(within(dialog).getByLabelText(t.kinds.name), 'Phao tròn cứu sinh');
  await user.type(within(dialog).getByLabelText(t.kinds.unit), 'cái{Enter}');
  await waitFor(() => expect(screen.queryByRole('dialog', { name: t.kinds.addTitle })).toBeNull());
  const kinds = await office.call('equipment.kinds.list', { includeRetired: false });
  expect(kinds.find((k) => k.name === 'Phao tròn cứu sinh')).toMatchObject({ unit: 'cái', serialTracked: false });
  const edit = await screen.findByRole('button', { name: `${t.kinds.edit} Phao tròn cứu sinh` });
  // The kind just saved is marked in the list.
  expect(edit.closest('tr')?.classList.contains(SAVED_ROW_CLASS)).toBe(true);
});
