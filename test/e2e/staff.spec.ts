import { chooseOption, searchAndPick } from './support/antd';
import { expect, test } from './support/fixtures';
import { fillPersonDialog, openNewOffice, openScreen, registerPerson } from './support/office';

test('office staff: a registered person becomes the commander, signs documents, and the service history shows it', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);

  await openScreen(page, 'Công dân');
  await registerPerson(page, 'Nông Đức Quyết', '12/05/1978');
  await expect(page.getByText('Tổng số: 1 người')).toBeVisible();

  await openScreen(page, 'Cài đặt', 'Cán bộ cơ quan');
  await expect(page.getByText('Chưa chọn cán bộ đang công tác nào ký văn bản.')).toBeVisible();

  // The commander, found in the register without diacritics.
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm cán bộ, nhân viên' });
  await searchAndPick(
    page,
    add.getByLabel('Công dân', { exact: true }),
    'nong duc',
    /Nông Đức Quyết \(sinh 12\/05\/1978\)/,
  );
  await add.getByLabel('Chức vụ').fill('Chỉ huy trưởng');
  await add.getByLabel('Chức vụ').press('Tab');
  await add.getByLabel('Cấp bậc').fill('Thượng tá');
  await add.getByLabel('Cấp bậc').press('Tab');
  await add.getByLabel('Điện thoại cơ quan').fill('0209 387 101');
  await add.getByLabel('Công tác từ ngày').fill('01/08/2019');
  await add.getByLabel('Công tác từ ngày').press('Enter');
  await chooseOption(page, add.getByLabel('Ký văn bản với vai trò'), 'Chỉ huy trưởng');
  await expect(add.getByLabel('Chức danh ký')).toHaveValue('CHỈ HUY TRƯỞNG');
  await add.getByLabel('Điện thoại cơ quan').press('Enter');
  await expect(add).toBeHidden();

  // An employee registered on the spot from the same dialog.
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  await add.getByRole('button', { name: 'Đăng ký công dân mới' }).click();
  await fillPersonDialog(page, 'Bế Thị Lan', '03/09/1990');
  await expect(add.getByText(/Bế Thị Lan \(sinh 03\/09\/1990\)/)).toBeVisible();
  await add.getByLabel('Chức vụ').fill('Nhân viên');
  await add.getByLabel('Chức vụ').press('Tab');
  await add.getByRole('button', { name: 'Lưu' }).click();
  await expect(add).toBeHidden();

  const commander = page.getByRole('row', { name: /Nông Đức Quyết/ });
  await expect(commander).toContainText('Thượng tá');
  await expect(commander).toContainText('0209387101');
  await expect(page.getByRole('row', { name: /Bế Thị Lan/ })).toContainText('Nhân viên');
  const signers = page.getByRole('list', { name: 'Người ký văn bản' });
  await expect(signers).toHaveText('CHỈ HUY TRƯỞNG: Thượng tá Nông Đức Quyết');
  await expect(page.getByText(/Người ký trong thông tin cơ quan hiện khác/)).toBeVisible();

  await page.getByRole('button', { name: 'Cập nhật người ký văn bản' }).click();
  await expect(page.getByText('Đã cập nhật người ký văn bản trong thông tin cơ quan.')).toBeVisible();
  await expect(page.getByText('Thông tin cơ quan đang dùng đúng những người ký này.')).toBeVisible();
  await page.getByRole('tab', { name: 'Thông tin cơ quan' }).click();
  await expect(page.getByLabel('Họ và tên 1')).toHaveValue('Nông Đức Quyết');

  // The person's page of service shows the post.
  await openScreen(page, 'Công dân');
  await page
    .getByRole('row', { name: /Nông Đức Quyết/ })
    .getByRole('button', { name: 'Quá trình phục vụ' })
    .click();
  const drawer = page.getByRole('dialog', { name: 'Quá trình phục vụ – Nông Đức Quyết' });
  const section = drawer.getByRole('region', { name: 'Cán bộ, nhân viên cơ quan quân sự' });
  await expect(section).toContainText('Chỉ huy trưởng');
  await expect(section).toContainText('Thượng tá');
  await expect(section).toContainText('01/08/2019 – nay');
  await drawer
    .getByRole('button', { name: 'Close' })
    .or(drawer.getByRole('button', { name: 'Đóng' }))
    .click();
  await expect(drawer).toBeHidden();

  // The employee leaves: gone from the working list, kept with her date when asked for.
  await openScreen(page, 'Cài đặt', 'Cán bộ cơ quan');
  await page
    .getByRole('row', { name: /Bế Thị Lan/ })
    .getByRole('button', { name: 'Thôi công tác' })
    .click();
  const end = page.getByRole('dialog', { name: 'Thôi công tác – Bế Thị Lan' });
  // The date is the only field, so Enter saves.
  await end.getByLabel('Thôi công tác từ ngày').fill('01/01/2099');
  await end.getByLabel('Thôi công tác từ ngày').press('Enter');
  await expect(end).toContainText('Ngày không được sau hôm nay.');
  await end.getByLabel('Thôi công tác từ ngày').fill('02/01/2024');
  await end.getByLabel('Thôi công tác từ ngày').press('Enter');
  await expect(end).toBeHidden();
  await expect(page.getByRole('row', { name: /Bế Thị Lan/ })).toBeHidden();
  await page.getByRole('checkbox', { name: 'Hiện cả cán bộ đã thôi công tác' }).check();
  await expect(page.getByRole('row', { name: /Bế Thị Lan/ })).toContainText('Đã thôi từ 02/01/2024');

  await page.reload();
  await openScreen(page, 'Cài đặt', 'Thông tin cơ quan');
  await expect(page.getByLabel('Họ và tên 1')).toHaveValue('Nông Đức Quyết');
});
