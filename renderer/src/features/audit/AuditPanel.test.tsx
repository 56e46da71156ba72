import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { personInput, seedLocality } from '../../../test/seed';
import { vi } from '../../messages/vi';
import { AuditPanel } from './AuditPanel';

const t = vi.audit;

it('shows a change as the clerk reads it: the person’s name, and “Chi tiết” in labels, not codes', async () => {
  const office = openTestOffice();
  const ward = await seedLocality(office);
  const group = await office.call('localities.create', { name: 'Tổ 2', kind: 'residential_group', parentId: ward.id });
  const person = await office.call('people.create', personInput('Hà Thị Mai', '2004-06-01', { localityId: ward.id }));
  const { id, version, fullName, localityName, localityParentName, archivedAt, createdAt, updatedAt, ...fields } =
    person;
  void [fullName, localityName, localityParentName, archivedAt, createdAt, updatedAt];
  await office.call('people.update', { ...fields, id, version, sex: 'F', citizenId: null, localityId: group.id });

  const user = userEvent.setup();
  renderScreen(<AuditPanel />);
  await screen.findAllByText('Hà Thị Mai');
  const row = screen.getAllByRole('row').find((r) => r.textContent?.includes('Sửa'))!;
  const cells = within(row);
  expect(cells.getByText('Hà Thị Mai')).toBeTruthy();
  expect(row.textContent).toContain('Giới tính: Nam → Nữ');
  expect(row.textContent).toContain('Địa bàn: Phường Đức Xuân → Tổ 2');
  expect(row.textContent).not.toContain(person.id);
  expect(row.textContent).not.toContain('localityName');

  await user.click(cells.getByRole('button', { name: t.view }));
  const diff = await screen.findByRole('cell', { name: 'Giới tính' });
  const diffRow = within(diff.closest('tr')!);
  expect(diffRow.getByRole('cell', { name: 'Nam' })).toBeTruthy();
  expect(diffRow.getByRole('cell', { name: 'Nữ' })).toBeTruthy();
});
