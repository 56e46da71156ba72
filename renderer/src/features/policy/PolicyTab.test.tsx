import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { auditFor } from '../../../../electron/core/db/audit';
import { insertRow } from '../../../../electron/core/db/test-helpers';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { chooseOption, tableRows } from '../../../test/queries';
import { personInput } from '../../../test/seed';
import { vi } from '../../messages/vi';
import { PolicyTab } from './PolicyTab';

const t = vi.policy;

/** A soldier of the register handed over in the campaign of `year`. */
async function soldier(office: TestOffice, name: string, birthDate: string, year: number) {
  const person = await office.call('people.create', personInput(name, birthDate));
  const found = office.core.db.prepare(`SELECT id FROM conscription_campaigns WHERE year = ?`).get(year) as
    { id: string } | undefined;
  const campaignId =
    found?.id ??
    insertRow(office.core, 'conscription_campaigns', {
      year,
      title: `Tuyển quân năm ${year}`,
      handover_start: `${year}-02-13`,
      handover_end: `${year}-02-15`,
      status: 'closed',
    });
  insertRow(office.core, 'conscription_records', {
    person_id: person.id,
    campaign_id: campaignId,
    state: 'handed_over',
    state_since: `${year}-02-14`,
  });
  return person;
}

describe('the policy tab', () => {
  it('lists family supports with amounts in đồng, finds a soldier without accents, and adds a Tết gift', async () => {
    const office = openTestOffice();
    const an = await soldier(office, 'Nguyễn Văn An', '2003-05-02', 2025);
    await soldier(office, 'Lê Văn Bình', '2003-07-09', 2025);
    await office.call('policy.support.create', {
      personId: an.id,
      supportOn: '2026-01-20',
      kind: 'tet_gift',
      amount: 500000,
      giver: 'UBND phường Đức Xuân',
    });
    const user = userEvent.setup();
    renderScreen(<PolicyTab />);
    await waitFor(() =>
      expect(tableRows()).toEqual([
        expect.arrayContaining(['20/01/2026', 'Nguyễn Văn An', '02/05/2003', '2025', 'Tặng quà Tết', '500.000 đ']),
      ]),
    );

    await user.click(screen.getByRole('button', { name: t.supports.add }));
    const dialog = await screen.findByRole('dialog', { name: t.supports.addTitle });
    await user.type(within(dialog).getByLabelText(t.supports.fields.soldier), 'le van binh');
    await chooseOption(user, 'Lê Văn Bình – 09/07/2003 – giao quân năm 2025');
    await user.click(within(dialog).getByLabelText(t.supports.fields.kind));
    await chooseOption(user, 'Trợ cấp khó khăn');
    await user.type(within(dialog).getByLabelText(t.supports.fields.amount), '1500000');
    await user.type(within(dialog).getByLabelText(t.supports.fields.giver), 'Ban CHQS thành phố{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: t.supports.addTitle })).toBeNull());
    const saved = await office.call('policy.support.list', { search: 'binh' });
    expect(saved.rows).toMatchObject([{ kind: 'hardship', amount: 1500000, giver: 'Ban CHQS thành phố' }]);
    expect(await screen.findByText('1.500.000 đ')).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: t.filters.search }), 'nguyen van{Enter}');
    await waitFor(() => expect(tableRows().map((r) => r[1])).toEqual(['Nguyễn Văn An']));
  });

  it('shows a late reserve registration as a warning, and refuses a return before the discharge beside its field', async () => {
    const office = openTestOffice();
    const an = await soldier(office, 'Nguyễn Văn An', '2001-05-02', 2024);
    await office.call('policy.returnee.create', {
      personId: an.id,
      dischargedOn: '2026-02-02',
      returnedOn: '2026-02-06',
      reserveRegisteredOn: '2026-03-20',
    });
    const user = userEvent.setup();
    renderScreen(<PolicyTab />);
    await user.click(screen.getByText(t.views.returnees));
    expect(await screen.findByText(t.returnees.late)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: t.returnees.add }));
    const dialog = await screen.findByRole('dialog', { name: t.returnees.addTitle });
    await user.type(within(dialog).getByLabelText(t.returnees.fields.soldier), 'an');
    await chooseOption(user, 'Nguyễn Văn An – 02/05/2001 – giao quân năm 2024');
    await user.type(within(dialog).getByLabelText(t.returnees.fields.dischargedOn), '10/10/2026{Enter}');
    await user.type(within(dialog).getByLabelText(t.returnees.fields.returnedOn), '09/10/2026{Enter}');
    await user.type(within(dialog).getByLabelText(t.returnees.fields.note), 'Về sớm{Enter}');
    expect(
      await within(dialog).findByText(
        'Ngày về địa phương (09/10/2026) không được trước ngày quyết định xuất ngũ (10/10/2026) (Điều 43 Luật Nghĩa vụ quân sự năm 2015: quân nhân về địa phương sau khi có quyết định xuất ngũ).',
      ),
    ).toBeTruthy();
    expect((await office.call('policy.returnee.list', {})).total).toBe(1);
  });

  it('deletes a policy case after confirmation, with an audit row', async () => {
    const office = openTestOffice();
    const c = await office.call('policy.case.create', {
      subjectName: 'Hoàng Thị Đào',
      kind: 'decision_62_2011',
      receivedOn: '2026-03-01',
      outcome: 'pending',
    });
    const user = userEvent.setup();
    renderScreen(<PolicyTab />);
    await user.click(screen.getByText(t.views.cases));
    await waitFor(() => expect(tableRows()[0]).toEqual(expect.arrayContaining(['Hoàng Thị Đào', 'Đang giải quyết'])));
    await user.click(screen.getByRole('button', { name: t.cases.delete }));
    await user.click(await screen.findByRole('button', { name: vi.common.confirm }));
    await waitFor(async () => expect((await office.call('policy.case.list', {})).total).toBe(0));
    expect(auditFor(office.core.db, 'policy_case', c.id).map((a) => a.action)).toEqual(['create', 'delete']);
  });
});
