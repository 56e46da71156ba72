import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MilitiaUnitNode } from '../../../../electron/core/api/contract';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { chooseOption, tableRows } from '../../../test/queries';
import { personInput, seedLocality, seedMilitiaMembers, seedMobilePlatoon } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { UnitsTab } from './UnitsTab';

const t = vi.militia;

/** A ward with a mobile platoon and its first squad: one member in the platoon, two in the squad. */
async function wardWithUnits(office: TestOffice) {
  const ward = await seedLocality(office);
  const platoon = await seedMobilePlatoon(office, ward.id);
  const squad = await office.call('militia.unit.create', {
    force: 'militia',
    localityId: ward.id,
    parentId: platoon.id,
    name: 'Tiểu đội 1',
    level: 'squad',
    component: 'mobile',
  });
  await seedMilitiaMembers(office, ward.id, [
    ['Hoàng Văn Thái', platoon.id],
    ['Nông Văn Tuấn', squad.id],
    ['Lý Văn Hưng', squad.id],
  ]);
  return { ward, platoon, squad };
}

/** The tree's lines as shown: each group and unit with its member count, in tree order. */
function treeLines(): string[] {
  const tree = screen.getByRole('tree');
  return [...tree.querySelectorAll('.ant-tree-title')].map((title) => title.textContent ?? '');
}

/** The title of a unit in the tree, to click. */
function treeTitle(name: string): HTMLElement {
  const titles = [...screen.getByRole('tree').querySelectorAll<HTMLElement>('.ant-tree-title')];
  const title = titles.find((el) => el.textContent?.startsWith(`${name} (`));
  if (!title) throw new Error(`No unit "${name}" in the tree: ${treeLines().join(' | ')}`);
  return title;
}

async function unitsInCore(office: TestOffice): Promise<MilitiaUnitNode[]> {
  const flat: MilitiaUnitNode[] = [];
  const walk = (u: MilitiaUnitNode) => {
    flat.push(u);
    u.children.forEach(walk);
  };
  for (const group of await office.call('militia.unit.list', {})) group.units.forEach(walk);
  return flat;
}

describe('militia units', () => {
  it('shows the ward’s unit tree with member counts, and a unit’s members when picked', async () => {
    const office = openTestOffice();
    await wardWithUnits(office);
    const user = userEvent.setup();
    renderScreen(<UnitsTab />);

    await screen.findByRole('tree');
    await waitFor(() =>
      expect(treeLines()).toEqual([
        `Phường Đức Xuân (${format(t.units.groupMembers, { count: 3 })})`,
        'Trung đội dân quân cơ động (3)',
        'Tiểu đội 1 (2)',
      ]),
    );

    await user.click(treeTitle('Tiểu đội 1'));
    expect(await screen.findByRole('heading', { name: 'Tiểu đội 1' })).toBeTruthy();
    expect(screen.getByText(format(t.units.members, { own: 2, total: 2 }), { exact: false })).toBeTruthy();
    await waitFor(() =>
      expect(
        tableRows()
          .map((cells) => cells.find((c) => c.startsWith('Nông') || c.startsWith('Lý')))
          .sort(),
      ).toEqual(['Lý Văn Hưng', 'Nông Văn Tuấn']),
    );
  });

  it('adds a unit under a ward through the dialog', async () => {
    const office = openTestOffice();
    await seedLocality(office, 'Xã Nông Thượng', 'commune');
    const user = userEvent.setup();
    renderScreen(<UnitsTab />);

    expect(await screen.findByText(t.units.empty)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: t.units.add }));
    const dialog = await screen.findByRole('dialog', { name: t.units.addTitle });
    await user.click(within(dialog).getByRole('combobox', { name: t.units.locality }));
    await chooseOption(user, 'Xã Nông Thượng');
    await user.type(within(dialog).getByRole('textbox', { name: t.units.name }), 'Trung đội dân quân tại chỗ');
    await user.click(within(dialog).getByRole('combobox', { name: t.units.component }));
    await chooseOption(user, t.components.on_the_spot);
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    expect(await screen.findByText(vi.common.saved)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Trung đội dân quân tại chỗ' })).toBeTruthy();
    expect(treeLines()).toContain('Trung đội dân quân tại chỗ (0)');
    expect(await unitsInCore(office)).toMatchObject([
      { name: 'Trung đội dân quân tại chỗ', level: 'platoon', component: 'on_the_spot', force: 'militia' },
    ]);
  });

  it('adds a member from the register, and shows the core’s refusal for a man past the age', async () => {
    const office = openTestOffice();
    const { ward, squad } = await wardWithUnits(office);
    await office.call('people.create', personInput('Đào Văn Lực', '1970-02-02', { localityId: ward.id }));
    await office.call('people.create', personInput('Đào Văn Mạnh', '2003-09-09', { localityId: ward.id }));
    const user = userEvent.setup();
    renderScreen(<UnitsTab />);

    await screen.findByRole('tree');
    await waitFor(() => expect(treeLines()).toContain('Tiểu đội 1 (2)'));
    await user.click(treeTitle('Tiểu đội 1'));
    await user.click(await screen.findByRole('button', { name: t.member.add }));
    const dialog = await screen.findByRole('dialog', { name: format(t.member.addTitle, { unit: 'Tiểu đội 1' }) });
    await user.type(within(dialog).getByRole('searchbox', { name: t.member.searchPerson }), 'dao van');
    await user.click(await within(dialog).findByRole('radio', { name: 'Đào Văn Lực' }));
    await user.click(within(dialog).getByRole('button', { name: t.member.add }));

    // The core's own words (age 56, past the limit of 45) appear in the dialog; nothing is saved.
    const person = (await office.call('people.list', { search: 'Dao Van Luc' })).rows[0]!;
    const refusal = await office.refusal('militia.member.create', {
      personId: person.id,
      unitId: squad.id,
      startedOn: '2026-11-27',
    });
    expect(await within(dialog).findByText(refusal.message)).toBeTruthy();
    expect((await office.call('militia.member.list', { unitId: squad.id })).total).toBe(2);

    await user.click(within(dialog).getByRole('radio', { name: 'Đào Văn Mạnh' }));
    await user.click(within(dialog).getByRole('button', { name: t.member.add }));
    expect(await screen.findByText(t.member.added)).toBeTruthy();
    await waitFor(() => expect(treeLines()).toContain('Tiểu đội 1 (3)'));
    const members = await office.call('militia.member.list', { unitId: squad.id });
    expect(members.rows.map((m) => m.fullName).sort()).toEqual(['Lý Văn Hưng', 'Nông Văn Tuấn', 'Đào Văn Mạnh']);
  });
});
