import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import type { PoliceNotice } from '../../../../electron/core/api/contract';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { chooseOption } from '../../../test/queries';
import { personInput } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { NoticeDialog } from './NoticeDialog';

const t = vi.police;
const line = (n: number) => screen.getByRole('group', { name: format(t.lineTitle, { n }) });

/** The dialog over the real core; today is 27/11/2026 (the harness clock), so it proposes Quý III/2026. */
async function openNewNotice() {
  const office = openTestOffice();
  const person = await office.call('people.create', personInput('Nguyễn Văn An', '2005-03-15'));
  const closed: Array<PoliceNotice | null> = [];
  const user = userEvent.setup();
  renderScreen(<NoticeDialog notice={null} onClose={(saved) => closed.push(saved)} />);
  const dialog = await screen.findByRole('dialog', { name: t.addTitle });
  await user.type(within(dialog).getByLabelText(t.fields.sender), 'Công an phường Đức Xuân');
  await user.click(within(dialog).getByRole('button', { name: t.addLine }));
  await user.type(within(line(1)).getByLabelText(t.fields.person), 'Nguyễn Văn An');
  await chooseOption(user, format(vi.staff.personOption, { name: 'Nguyễn Văn An', birthDate: '15/03/2005' }));
  return { office, person, closed, user, dialog };
}

it('saves a notice of the quarter just ended with a registered citizen and one not yet in the register', async () => {
  const { office, person, closed, user, dialog } = await openNewNotice();
  expect(within(dialog).getByRole<HTMLInputElement>('spinbutton', { name: t.fields.year }).value).toBe('2026');
  await user.type(within(line(1)).getByLabelText(t.fields.eventOn), '20/08/2026');

  await user.click(within(dialog).getByRole('button', { name: t.addLine }));
  const second = within(line(2));
  await user.type(second.getByLabelText(t.fields.fullName), 'Lê Văn Bình');
  await user.type(second.getByLabelText(t.fields.birthDate), '02/01/2006');
  await user.type(second.getByLabelText(t.fields.idNumber), '095123456');
  await user.click(second.getByLabelText(t.fields.kind));
  await chooseOption(user, t.kinds.moved_in);
  // Enter in a date takes the date; Enter in a text box saves, as in every dialog of the program.
  await user.type(second.getByLabelText(t.fields.eventOn), '01/09/2026{Enter}');
  await user.type(second.getByLabelText(t.fields.note), 'Từ xã Tân Sơn chuyển đến{Enter}');

  await waitFor(() => expect(closed).toHaveLength(1));
  const saved = await office.call('policeNotices.get', { id: closed[0]!.id });
  expect(saved).toMatchObject({ year: 2026, quarter: 3, receivedOn: '2026-11-27', sender: 'Công an phường Đức Xuân' });
  expect(saved.lines).toMatchObject([
    { personId: person.id, kind: 'moved_away', eventOn: '2026-08-20' },
    {
      personId: null,
      fullName: 'Lê Văn Bình',
      birthDate: '2006-01-02',
      idNumber: '095123456',
      kind: 'moved_in',
      note: 'Từ xã Tân Sơn chuyển đến',
    },
  ]);
});

it('shows the core’s refusal beside the line’s date, keeps the dialog open and saves nothing', async () => {
  const { office, closed, user } = await openNewNotice();
  await user.type(within(line(1)).getByLabelText(t.fields.eventOn), '28/11/2026{Enter}');
  await user.type(within(line(1)).getByLabelText(t.fields.note), 'Đi làm ăn xa{Enter}');

  expect(
    await within(line(1)).findByText('Ngày sự việc không được sau ngày nhận thông báo (27/11/2026).'),
  ).toBeTruthy();
  expect(closed).toEqual([]);
  expect((await office.call('policeNotices.list', {})).total).toBe(0);
});

it('corrects a notice: its registered citizen stays picked, a removed line goes, and the version moves on', async () => {
  const office = openTestOffice();
  const person = await office.call('people.create', personInput('Nguyễn Văn Yên', '2005-03-15'));
  // Ten people before him in name order fill the picker's first page: the line must show him anyway.
  for (const given of ['Anh', 'Ân', 'Bảo', 'Bình', 'Chiến', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hải']) {
    await office.call('people.create', personInput(`Lê Văn ${given}`, '2004-01-01'));
  }
  const notice = await office.call('policeNotices.create', {
    year: 2026,
    quarter: 2,
    receivedOn: '2026-07-03',
    sender: 'Công an phường Đức Xuân',
    lines: [
      { fullName: 'Lê Văn Bình', kind: 'moved_in', eventOn: '2026-05-02' },
      { personId: person.id, kind: 'detention', eventOn: '2026-05-10' },
    ],
  });
  const closed: Array<PoliceNotice | null> = [];
  const user = userEvent.setup();
  renderScreen(<NoticeDialog notice={notice} onClose={(saved) => closed.push(saved)} />);
  const dialog = await screen.findByRole('dialog', { name: format(t.editTitle, { quarter: 'Quý II/2026' }) });
  expect(within(line(2)).getByText('Nguyễn Văn Yên (sinh 15/03/2005)')).toBeTruthy();

  await user.click(within(line(1)).getByRole('button', { name: format(t.removeLine, { n: 1 }) }));
  // The registered citizen's line is now the first, still picked.
  expect(within(line(1)).getByText('Nguyễn Văn Yên (sinh 15/03/2005)')).toBeTruthy();
  await user.type(within(dialog).getByLabelText(t.fields.reference), '07/TB-CAP{Enter}');

  await waitFor(() => expect(closed).toHaveLength(1));
  const saved = await office.call('policeNotices.get', { id: notice.id });
  expect(saved).toMatchObject({ version: notice.version + 1, reference: '07/TB-CAP', lineCount: 1 });
  expect(saved.lines).toMatchObject([{ personId: person.id, kind: 'detention', eventOn: '2026-05-10' }]);
});
