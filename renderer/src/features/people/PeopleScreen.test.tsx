import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { format as coreFormat, vi as coreVi } from '../../../../electron/core/messages/vi';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { tableRows } from '../../../test/queries';
import { personInput } from '../../../test/seed';
import { vi } from '../../messages/vi';
import { totalText } from '../../shared/PagedTable';
import { PeopleScreen } from './PeopleScreen';

async function seed(office: TestOffice, names: readonly string[]) {
  for (const name of names) await office.call('people.create', personInput(name));
}

/** The names in the list's rows, top to bottom. */
function namesOnScreen(): string[] {
  return tableRows().map((cells) => cells[0]!);
}

describe('people list', () => {
  it('marks a legacy 9-digit CMND number in the list, next to a 12-digit personal ID', async () => {
    const office = openTestOffice();
    await office.call('people.create', personInput('Hoàng Văn Thụ', '1961-04-12', { citizenId: '095012345' }));
    await office.call('people.create', personInput('Lê Văn An'));

    renderScreen(<PeopleScreen />);
    await waitFor(() => expect(namesOnScreen()).toEqual(['Lê Văn An', 'Hoàng Văn Thụ']));
    const [an, thu] = tableRows();
    expect(thu).toContain(`095012345${vi.people.legacyIdTag}`);
    expect(an!.join(' ')).not.toContain(vi.people.legacyIdTag);
  });

  it('lists the register by given name in Vietnamese order (Đ after D), 20 to a page', async () => {
    const office = openTestOffice();
    // Vietnamese order sorts by the given name; entered shuffled.
    const ordered = [
      'Hoàng Văn An',
      'Lê Văn Bình',
      'Phạm Văn Cường',
      'Trần Văn Dũng',
      'Nguyễn Văn Đức',
      'Vũ Văn Giang',
      'Đỗ Văn Hải',
      'Bùi Văn Hùng',
      'Ngô Văn Khánh',
      'Đặng Văn Lâm',
      'Lý Văn Long',
      'Mai Văn Minh',
      'Hồ Văn Nam',
      'Dương Văn Phong',
      'Tạ Văn Quân',
      'Cao Văn Sơn',
      'Lương Văn Tâm',
      'Kiều Văn Thắng',
      'Phan Văn Trung',
      'Đinh Văn Tuấn',
      'Quách Văn Vinh',
      'Lã Văn Yên',
    ];
    await seed(
      office,
      [...ordered].sort((a, b) => a.length - b.length || b.localeCompare(a)),
    );

    renderScreen(<PeopleScreen />);
    expect(await screen.findByText(totalText(22, vi.layout.units.people))).toBeTruthy();
    await waitFor(() => expect(namesOnScreen()).toEqual(ordered.slice(0, 20)));

    await userEvent.click(screen.getByRole('listitem', { name: '2' }));
    await waitFor(() => expect(namesOnScreen()).toEqual(ordered.slice(20)));
  });

  it('finds a person from a search typed without diacritics', async () => {
    const office = openTestOffice();
    await seed(office, ['Nguyễn Văn Đức', 'Nguyễn Văn Dũng', 'Trần Thị Lan']);
    const user = userEvent.setup();

    renderScreen(<PeopleScreen />);
    expect(await screen.findByText(totalText(3, vi.layout.units.people))).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: vi.people.searchPlaceholder }), 'nguyen van duc');

    expect(await screen.findByText(totalText(1, vi.layout.units.people))).toBeTruthy();
    expect(namesOnScreen()).toEqual(['Nguyễn Văn Đức']);
  });
});

describe('person form', () => {
  /** A fresh, empty office with the people screen on it. */
  async function openEmptyRegister() {
    const office = openTestOffice();
    const user = userEvent.setup();
    renderScreen(<PeopleScreen />);
    expect(await screen.findByText(vi.people.empty)).toBeTruthy();
    return { office, user };
  }

  async function fillNewPerson(user: ReturnType<typeof userEvent.setup>, citizenId: string) {
    await user.click(await screen.findByRole('button', { name: vi.people.add }));
    const dialog = await screen.findByRole('dialog', { name: vi.people.addTitle });
    const form = within(dialog);
    await user.type(form.getByLabelText(vi.people.fullName), 'Lê Văn Tám');
    await user.type(form.getByLabelText(vi.people.birthDate), '15/03/2005');
    await user.type(form.getByLabelText(vi.people.citizenId), citizenId);
    return dialog;
  }

  it('adds a person: the name is split, the date read as dd/mm/yyyy, and the person is saved', async () => {
    const { office, user } = await openEmptyRegister();

    const dialog = await fillNewPerson(user, '001205000123');
    expect(within(dialog).getByLabelText<HTMLInputElement>(vi.people.familyName).value).toBe('Lê');
    expect(within(dialog).getByLabelText<HTMLInputElement>(vi.people.middleName).value).toBe('Văn');
    expect(within(dialog).getByLabelText<HTMLInputElement>(vi.people.givenName).value).toBe('Tám');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    expect(await screen.findByText(vi.common.saved)).toBeTruthy();
    await waitFor(() => expect(namesOnScreen()).toEqual(['Lê Văn Tám']));
    const saved = await office.call('people.list', {});
    expect(saved.total).toBe(1);
    expect(saved.rows[0]).toMatchObject({
      familyName: 'Lê',
      middleName: 'Văn',
      givenName: 'Tám',
      birthDate: '2005-03-15',
      sex: 'M',
      citizenId: '001205000123',
      ethnicity: vi.people.defaultEthnicity,
    });
  });

  it('shows the core’s Vietnamese error beside a citizen ID that contradicts the sex, and saves nothing', async () => {
    const { office, user } = await openEmptyRegister();

    // The 4th digit 3 means a woman born 2000–2099; the form says Nam.
    const dialog = await fillNewPerson(user, '001305000123');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    const expected = coreFormat(coreVi.citizenId.sexDigit, { digit: 3, sexFromId: coreVi.sex.F, sex: coreVi.sex.M });
    expect(await within(dialog).findByText(expected)).toBeTruthy();
    expect(screen.getByRole('dialog', { name: vi.people.addTitle })).toBe(dialog);
    expect((await office.call('people.list', {})).total).toBe(0);
  });
});
