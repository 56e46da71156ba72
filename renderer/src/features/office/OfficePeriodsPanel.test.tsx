import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { chooseOption, tableRows } from '../../../test/queries';
import { vi } from '../../messages/vi';
import { OfficePeriodsPanel } from './OfficePeriodsPanel';

async function cityOffice(office: TestOffice) {
  return office.call('office.update', {
    kind: 'city_district',
    name: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
    parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
    placeName: 'Bắc Kạn',
    symbol: 'BCH',
    signers: [{ role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: 'Thượng tá', name: 'Hoàng Văn Minh' }],
  });
}

describe('OfficePeriodsPanel', () => {
  it('adds a period from a date typed dd/mm/yyyy, copied from the latest: documents dated before keep the old office', async () => {
    const office = openTestOffice();
    const current = await cityOffice(office);
    const user = userEvent.setup();
    renderScreen(<OfficePeriodsPanel current={current} canEdit onChanged={() => undefined} />);
    await waitFor(() => expect(tableRows()).toHaveLength(1));
    expect(tableRows()[0]![0]).toBe(`${vi.office.sinceStart}${vi.office.inForceToday}`);

    await user.click(screen.getByRole('button', { name: vi.office.addPeriod }));
    const dialog = await screen.findByRole('dialog');
    const form = within(dialog);
    await user.type(form.getByLabelText(vi.office.validFrom), '01/07/2025');
    await user.click(form.getByLabelText(vi.office.kind));
    await chooseOption(user, vi.office.kinds.ward_commune);
    await user.clear(form.getByLabelText(vi.office.name));
    await user.type(form.getByLabelText(vi.office.name), 'Ban CHQS phường Đức Xuân');
    await user.clear(form.getByLabelText(vi.office.parentBody));
    await user.type(form.getByLabelText(vi.office.parentBody), 'Bộ CHQS tỉnh Thái Nguyên');
    await user.type(form.getByLabelText(vi.office.peopleCommitteeName), 'Ủy ban nhân dân phường Đức Xuân');
    await user.type(form.getByLabelText(vi.office.chairName), 'Nông Thị Hà{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(tableRows()).toHaveLength(2));
    expect(tableRows()[1]!.slice(0, 4)).toEqual([
      '01/07/2025',
      vi.office.kinds.ward_commune,
      'BỘ CHQS TỈNH THÁI NGUYÊN',
      'BAN CHQS PHƯỜNG ĐỨC XUÂN',
    ]);
    expect(await office.call('office.get', { on: '2025-06-30' })).toMatchObject({ name: 'BAN CHQS THÀNH PHỐ BẮC KẠN' });
    expect(await office.call('office.get', { on: '2025-07-01' })).toMatchObject({
      kind: 'ward_commune',
      name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
      signers: [{ name: 'Hoàng Văn Minh' }],
      peopleCommittee: { name: 'Ủy ban nhân dân phường Đức Xuân', chairName: 'Nông Thị Hà' },
    });
  });

  it('shows the core’s refusal beside the date when the period does not start after the latest', async () => {
    const office = openTestOffice();
    const current = await cityOffice(office);
    const { name, parentBody, placeName, symbol, signers } = current;
    // From 01/07/2025 the office can no longer be a city command (Decision 2786/QĐ-BQP).
    await office.call('office.period.create', {
      validFrom: '2025-07-01',
      ...{ kind: 'ward_commune', name, parentBody, placeName, symbol, signers },
    });
    const user = userEvent.setup();
    renderScreen(<OfficePeriodsPanel current={current} canEdit onChanged={() => undefined} />);
    await waitFor(() => expect(tableRows()).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: vi.office.addPeriod }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText(vi.office.validFrom), '30/06/2025{Enter}');
    await user.click(dialog.getByRole('button', { name: vi.common.save }));
    expect(await dialog.findByText(/phải sau ngày bắt đầu của giai đoạn gần nhất \(01\/07\/2025\)/)).toBeTruthy();
    expect(await office.call('office.periods.list', {})).toHaveLength(2);
  });

  it('edits a past period without its start date, leaving the one in force today as it is', async () => {
    const office = openTestOffice();
    const first = await cityOffice(office);
    const { name, placeName, symbol, signers } = first;
    const ward = await office.call('office.period.create', {
      validFrom: '2025-07-01',
      ...{ kind: 'ward_commune', name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN', parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN' },
      ...{ placeName, symbol, signers },
    });
    const user = userEvent.setup();
    renderScreen(<OfficePeriodsPanel current={ward} canEdit onChanged={() => undefined} />);
    await waitFor(() => expect(tableRows()).toHaveLength(2));
    await user.click(within(screen.getAllByRole('row')[1]!).getByRole('button', { name: vi.common.edit }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.queryByLabelText(vi.office.validFrom)).toBeNull();
    await user.clear(dialog.getByLabelText(vi.office.parentBody));
    await user.type(dialog.getByLabelText(vi.office.parentBody), 'Bộ Chỉ huy quân sự tỉnh Bắc Kạn');
    await user.click(dialog.getByRole('button', { name: vi.common.save }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await office.call('office.get', { on: '2025-01-01' })).toMatchObject({
      id: first.id,
      name,
      parentBody: 'BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC KẠN',
      version: 2,
    });
    expect(await office.call('office.get', {})).toMatchObject({ id: ward.id, version: 1 });
  });
});
