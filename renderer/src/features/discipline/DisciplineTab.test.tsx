import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { chooseOption, tableRows } from '../../../test/queries';
import { personInput, seedLocality, seedMilitiaMembers, seedMobilePlatoon } from '../../../test/seed';
import { vi } from '../../messages/vi';
import { DisciplineTab } from './DisciplineTab';

const t = vi.discipline;

/** The harness's today is 27/11/2026: the tab opens on 2026. A member of the platoon since 10/01/2025. */
it('records a militia member’s breach handled by a reprimand, after refusing a person who is not in the militia', async () => {
  const office = openTestOffice();
  const ward = await seedLocality(office);
  const platoon = await seedMobilePlatoon(office, ward.id);
  await seedMilitiaMembers(office, ward.id, [['Hoàng Văn Thái', platoon.id]]);
  await office.call('people.create', personInput('Lý Văn Hưng', '2001-02-03', { localityId: ward.id }));
  const user = userEvent.setup();
  renderScreen(<DisciplineTab />);
  expect(await screen.findByText(t.summary.none)).toBeTruthy();

  await user.click(screen.getByRole('button', { name: t.add }));
  const dialog = await screen.findByRole('dialog', { name: t.addTitle });
  await user.type(within(dialog).getByLabelText(t.fields.person), 'Lý Văn Hưng');
  await chooseOption(user, 'Lý Văn Hưng (sinh 03/02/2001) – Phường Đức Xuân');
  await user.type(within(dialog).getByLabelText(t.fields.occurredOn), '12/05/2026');
  await user.type(within(dialog).getByLabelText(t.fields.description), 'Vắng mặt không lý do buổi huấn luyện');
  await user.click(within(dialog).getByLabelText(t.fields.status));
  await chooseOption(user, t.statuses.handled);
  await user.click(within(dialog).getByLabelText(t.fields.form));
  await chooseOption(user, t.forms.reprimand);
  await user.type(within(dialog).getByLabelText(t.fields.decisionNumber), '21/QĐ-BCH');
  await user.type(within(dialog).getByLabelText(t.fields.handledOn), '20/05/2026{Enter}');
  await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
  expect(
    await within(dialog).findByText(
      'Lý Văn Hưng không phải dân quân tự vệ vào ngày 12/05/2026: chỉ ghi vi phạm kỷ luật của người đang là dân quân tự vệ tại thời điểm vi phạm.',
    ),
  ).toBeTruthy();

  await user.clear(within(dialog).getByLabelText(t.fields.person));
  await user.type(within(dialog).getByLabelText(t.fields.person), 'Hoàng Văn Thái');
  await chooseOption(user, 'Hoàng Văn Thái (sinh 01/06/2000) – Phường Đức Xuân');
  await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: t.addTitle })).toBeNull());
  await waitFor(() =>
    expect(tableRows()).toEqual([
      [
        '12/05/2026',
        'Hoàng Văn Thái',
        'Dân quân tự vệ',
        'Vắng mặt không lý do buổi huấn luyện',
        'Khiển trách',
        '21/QĐ-BCH ngày 20/05/2026',
        'Đã xử lý',
        'Sửa',
      ],
    ]),
  );
  expect(screen.getByRole('status').textContent).toBe(
    '1 trường hợp vi phạm (dân quân tự vệ 1, quân nhân dự bị 0); đã xử lý 1.',
  );
});
