import { fillDate } from './support/antd';
import { demoTest as test, expect } from './support/fixtures';
import { openScreen } from './support/office';

test('duty roster: the demo month, an overlapping shift refused, a patrol and an incident kept', async ({ page }) => {
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Trực SSCĐ – Tuần tra');

  const now = new Date();
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  await expect(page.getByText(`Lịch trực sẵn sàng chiến đấu tháng ${mm}/${now.getFullYear()}`)).toBeVisible();

  // The 10th: its commander is already on a 24-hour shift from 07:30.
  await page.getByRole('button', { name: `Ngày 10/${mm}/${now.getFullYear()}` }).click();
  const day = page.getByRole('dialog', { name: `Ca trực ngày 10/${mm}/${now.getFullYear()}` });
  const commander = day
    .locator('.ant-list-item')
    .filter({ hasText: 'Chỉ huy trực' })
    .filter({ hasNotText: 'từ hôm trước' });
  await expect(commander).toBeVisible();
  const name = /Chỉ huy trực\s*(.+?)\s*07:30/.exec((await commander.textContent()) ?? '')![1]!;

  await day.getByRole('button', { name: 'Thêm ca trực' }).click();
  const shift = page.getByRole('dialog', { name: 'Thêm ca trực' });
  // By keyboard, as a clerk does: type the name, wait for it in the list, Enter picks the first match
  // (staff come first). A mouse click could land while the dialog's select is still settling.
  const person = shift.getByLabel('Người trực');
  await person.fill(name);
  await expect(
    page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first(),
  ).toHaveText(new RegExp(`^${name} – `));
  await person.press('Enter');
  await expect(shift.getByTitle(`${name} – `, { exact: false })).toBeVisible();
  await shift.getByLabel('Từ giờ').fill('20:00');
  await shift.getByLabel('Đến giờ').fill('22:00');
  await shift.getByRole('button', { name: 'Lưu' }).click();
  await expect(shift.getByText(new RegExp(`Người này đã có ca trực từ 07:30 10/${mm}/`))).toBeVisible();
  // The same hours on the 20th are free for them (commanders take turns every third day).
  const date = shift.getByLabel('Ngày');
  await date.fill(`20/${mm}/${now.getFullYear()}`);
  await date.press('Enter');
  await shift.getByRole('button', { name: 'Lưu' }).click();
  await expect(shift).toBeHidden();
  await day.getByRole('button', { name: 'Đóng' }).last().click();
  await expect(day).toBeHidden();
  await expect(page.getByRole('button', { name: `Ngày 20/${mm}/${now.getFullYear()}` })).toContainText(
    `TC ${name} 20:00–22:00`,
  );

  // Copy the month's first week onto next month's: no clashes there, so all 28 shifts are made.
  const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  await page.getByRole('button', { name: 'Chép lịch trực' }).click();
  const copy = page.getByRole('dialog', { name: 'Chép lịch trực sang ngày khác' });
  await fillDate(page, copy.getByLabel('Chép từ ngày'), `01/${mm}/${now.getFullYear()}`);
  const target = `01/${String(next.getMonth() + 1).padStart(2, '0')}/${next.getFullYear()}`;
  await fillDate(page, copy.getByLabel('Đến ngày bắt đầu'), target);
  await copy.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã chép 28 ca trực, bỏ qua 0 ca trùng giờ.')).toBeVisible();

  await page.getByRole('button', { name: 'Thêm đợt tuần tra' }).click();
  const patrol = page.getByRole('dialog', { name: 'Thêm đợt tuần tra' });
  await patrol.getByLabel('Khu vực, tuyến tuần tra').fill('Cầu Phặc Tràng');
  await patrol.getByLabel('Dân quân').fill('4');
  await patrol.getByLabel('Công an').fill('1');
  await patrol.getByLabel('Khu vực, tuyến tuần tra').press('Enter');
  await expect(patrol).toBeHidden();

  await page.getByRole('button', { name: 'Ghi sự việc' }).click();
  const incident = page.getByRole('dialog', { name: 'Ghi sự việc' });
  await incident.getByLabel('Giờ', { exact: true }).fill('0915');
  await incident.getByLabel('Nội dung sự việc').fill('Cây đổ chắn đường');
  await incident.getByRole('button', { name: 'Lưu' }).click();
  await expect(incident).toBeHidden();

  await page.reload();
  await page.getByRole('tab', { name: 'Trực SSCĐ – Tuần tra' }).click();
  await expect(page.getByRole('row', { name: /Cầu Phặc Tràng/ })).toContainText('5 người');
  await expect(page.getByRole('row', { name: /Cây đổ chắn đường/ })).toContainText('09:15');
});
