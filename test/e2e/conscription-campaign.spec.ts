import { chooseOption } from './support/antd';
import { expect, test } from './support/fixtures';

test('a conscription campaign with quotas for two localities shows its army/police totals', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  // Day one: the office profile, then two wards.
  await page.getByLabel('Cơ quan cấp trên').fill('Bộ CHQS tỉnh Bắc Kạn');
  await page.getByLabel('Tên cơ quan').fill('Ban CHQS thành phố Bắc Kạn');
  await page.getByLabel('Địa danh ghi ngày tháng').fill('Bắc Kạn');
  await page.getByLabel('Ký hiệu cơ quan').fill('BCH');
  await page.getByLabel('Họ và tên 1').fill('Hoàng Văn Minh');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  const nav = page.getByRole('navigation');
  await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await page.getByRole('tab', { name: 'Địa bàn' }).click();
  for (const name of ['Phường Đức Xuân', 'Xã Dương Quang']) {
    await page.getByRole('button', { name: 'Thêm địa bàn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm địa bàn' });
    if (name.startsWith('Xã')) await chooseOption(page, dialog.getByLabel('Loại'), 'Xã');
    await dialog.getByLabel('Tên địa bàn').fill(name);
    await dialog.getByLabel('Áp dụng từ ngày').fill('01/01/2020');
    await dialog.getByLabel('Áp dụng từ ngày').press('Enter');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }

  await nav.getByRole('menuitem', { name: 'Tuyển quân' }).click();
  await page.getByRole('button', { name: 'Tạo đợt tuyển quân' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo đợt tuyển quân' });
  await create.getByLabel('Năm giao nhận quân').fill('2027');
  await create.getByLabel('Giao nhận quân từ ngày').fill('24/02/2027');
  await create.getByLabel('Giao nhận quân từ ngày').press('Enter');
  await create.getByLabel('đến ngày').fill('25/02/2027');
  await create.getByLabel('đến ngày').press('Enter');
  await create.getByRole('button', { name: 'Lưu' }).click();
  await expect(create).toBeHidden();
  const row = page.getByRole('row', { name: /Tuyển quân năm 2027/ });
  await expect(row).toContainText('24/02/2027 – 25/02/2027');

  await row.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
  const quotas = page.getByRole('dialog', { name: /Chỉ tiêu giao quân/ });
  await quotas.getByLabel('Quân đội – Phường Đức Xuân').fill('37');
  await quotas.getByLabel('Công an – Phường Đức Xuân').fill('15');
  await quotas.getByLabel('Quân đội – Xã Dương Quang').fill('20');
  await quotas.getByLabel('Công an – Xã Dương Quang').fill('5');
  await quotas.getByLabel('Công an – Xã Dương Quang').press('Tab');
  await expect(quotas.getByRole('row', { name: /^Tổng/ })).toContainText('57');
  await quotas.getByRole('button', { name: 'Lưu' }).click();
  await expect(quotas).toBeHidden();

  // Army 57, police 20, total 77 — and still so after a reload.
  await page.reload();
  const saved = page.getByRole('row', { name: /Tuyển quân năm 2027/ });
  await expect(saved.getByRole('cell', { name: '57', exact: true })).toBeVisible();
  await expect(saved.getByRole('cell', { name: '20', exact: true })).toBeVisible();
  await expect(saved.getByRole('cell', { name: '77', exact: true })).toBeVisible();
});
