import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { chooseOption, tableRows } from '../../../test/queries';
import { seedLocality, seedMobilePlatoon } from '../../../test/seed';
import { vi } from '../../messages/vi';
import { PoliticalEducationTab } from './PoliticalEducationTab';

const t = vi.politicalEducation;

/** The harness's today is 27/11/2026: the tab opens on 2026. */
it('lists the year’s sessions with their totals, and records one for a militia unit after refusing too many present', async () => {
  const office = openTestOffice();
  const ward = await seedLocality(office);
  const platoon = await seedMobilePlatoon(office, ward.id);
  await office.call('politicalEducation.session.create', {
    heldOn: '2026-03-12',
    kind: 'legal',
    unitKind: 'locality',
    unitId: ward.id,
    unitName: 'Nhân dân phường Đức Xuân',
    topic: 'Tuyên truyền Luật Nghĩa vụ quân sự',
    standardTopic: 'military_service_law',
    presenter: 'Trợ lý tuyên huấn',
    planned: 200,
    present: 180,
    note: '',
  });
  const user = userEvent.setup();
  renderScreen(<PoliticalEducationTab />);

  const summary = await screen.findByRole('region', { name: t.summary.title });
  expect(summary.textContent).toContain(
    '1 buổi, có mặt 180/200 lượt (90%); theo Đề án đổi mới công tác giáo dục chính trị: 0 buổi.',
  );
  expect(tableRows()).toEqual([
    [
      '12/03/2026',
      'Tuyên truyền, phổ biến pháp luật',
      'Nhân dân phường Đức Xuân',
      'Tuyên truyền Luật Nghĩa vụ quân sự ',
      'Trợ lý tuyên huấn',
      '180/200',
      'Sửa',
    ],
  ]);

  await user.click(screen.getByRole('button', { name: t.add }));
  const dialog = await screen.findByRole('dialog', { name: t.addTitle });
  await user.clear(within(dialog).getByLabelText(t.fields.heldOn));
  await user.type(within(dialog).getByLabelText(t.fields.heldOn), '05/06/2026');
  await user.click(within(dialog).getByLabelText(t.fields.unitId));
  await chooseOption(user, 'Phường Đức Xuân › Trung đội dân quân cơ động');
  expect(within(dialog).getByLabelText<HTMLInputElement>(t.fields.unitName).value).toBe(
    'Phường Đức Xuân › Trung đội dân quân cơ động',
  );
  await user.click(within(dialog).getByLabelText(t.fields.standardTopic));
  await chooseOption(user, t.standardTopics.sovereignty);
  expect(within(dialog).getByLabelText<HTMLInputElement>(t.fields.topic).value).toBe(
    'Chủ quyền biển, đảo, biên giới quốc gia',
  );
  await user.type(within(dialog).getByLabelText(t.fields.presenter), 'Chính trị viên');
  await user.type(within(dialog).getByLabelText(t.fields.planned), '30');
  await user.type(within(dialog).getByLabelText(t.fields.present), '31{Enter}');
  expect(
    await within(dialog).findByText(
      'Số người có mặt (31) không được lớn hơn số người theo kế hoạch (30): tỷ lệ tham gia không vượt quá 100%.',
    ),
  ).toBeTruthy();

  await user.clear(within(dialog).getByLabelText(t.fields.present));
  await user.type(within(dialog).getByLabelText(t.fields.present), '28{Enter}');
  await waitFor(() => expect(screen.queryByRole('dialog', { name: t.addTitle })).toBeNull());
  await waitFor(() => expect(tableRows()).toHaveLength(2));
  expect(tableRows()[0]).toEqual([
    '05/06/2026',
    'Giáo dục chính trị',
    'Phường Đức Xuân › Trung đội dân quân cơ động',
    `Chủ quyền biển, đảo, biên giới quốc gia ${t.renewalTag}`,
    'Chính trị viên',
    '28/30',
    'Sửa',
  ]);
  const saved = await office.call('politicalEducation.session.list', {});
  expect(saved.rows[0]).toMatchObject({ unitKind: 'militia', unitId: platoon.id, renewal: true });
  await waitFor(() =>
    expect(screen.getByRole('region', { name: t.summary.title }).textContent).toContain(
      '2 buổi, có mặt 208/230 lượt (90,43%); theo Đề án đổi mới công tác giáo dục chính trị: 1 buổi.',
    ),
  );
});
