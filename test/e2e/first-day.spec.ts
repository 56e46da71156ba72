import { chooseOption } from './support/antd';
import { expect, test } from './support/fixtures';
import { addLocality, openNewOffice, openScreen } from './support/office';

const NAV_LABELS = [
  'Tổng quan',
  'Công dân',
  'Tuyển quân',
  'Dân quân tự vệ',
  'Quân nhân dự bị',
  'Diễn tập – Huấn luyện',
  'Văn bản – Báo cáo',
  'Cài đặt',
];

test('first day: office profile, localities, a person found without diacritics, an edit that survives a reload', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);

  // The shell opens with the office's name (upper-cased as printed on documents) and all eight sections.
  await expect(page.getByText('BAN CHQS THÀNH PHỐ BẮC KẠN', { exact: true })).toBeVisible();
  const nav = page.getByRole('navigation');
  for (const label of NAV_LABELS) await expect(nav.getByRole('menuitem', { name: label, exact: true })).toBeVisible();

  await openScreen(page, 'Cài đặt', 'Địa bàn');
  await addLocality(page, 'Phường Đức Xuân');
  await addLocality(page, 'Tổ 7', { kind: 'Tổ dân phố', parent: 'Phường Đức Xuân' });

  await openScreen(page, 'Công dân');
  await page.getByRole('button', { name: 'Thêm công dân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm công dân' });
  await dialog.getByLabel('Họ và tên').fill('Nguyễn Đức Thắng');
  await expect(dialog.getByLabel('Họ', { exact: true })).toHaveValue('Nguyễn');
  await expect(dialog.getByLabel('Tên đệm')).toHaveValue('Đức');
  await expect(dialog.getByLabel('Tên', { exact: true })).toHaveValue('Thắng');
  await dialog.getByLabel('Ngày sinh').fill('14/03/2005');
  await dialog.getByLabel('Ngày sinh').press('Enter');
  await dialog.getByLabel('Số định danh (CCCD)').fill('006205001234');
  await chooseOption(page, dialog.getByLabel('Địa bàn'), 'Phường Đức Xuân › Tổ 7');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  const search = page.getByRole('searchbox', { name: /Tìm theo họ tên/ });
  await search.fill('nguyen duc thang');
  const row = page.getByRole('row', { name: /Nguyễn Đức Thắng/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('14/03/2005');
  await expect(row).toContainText('Tổ 7, Phường Đức Xuân');

  await row.getByRole('button', { name: 'Sửa' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin công dân' });
  await edit.getByLabel('Điện thoại').fill('0912 345 678');
  await edit.getByLabel('Điện thoại').press('Enter'); // Enter saves, as in any keyboard-friendly form
  await expect(edit).toBeHidden();
  await expect(page.getByRole('row', { name: /Nguyễn Đức Thắng/ })).toContainText('0912345678');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Danh sách công dân' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Nguyễn Đức Thắng/ })).toContainText('0912345678');
});

test('an invalid citizen ID is explained next to the field and nothing is saved', async ({ page, server }) => {
  await openNewOffice(page, server);
  await openScreen(page, 'Công dân');
  await page.getByRole('button', { name: 'Thêm công dân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm công dân' });
  await dialog.getByLabel('Họ và tên').fill('Trần Thị Hoa');
  await dialog.getByLabel('Ngày sinh').fill('02/01/2004');
  await dialog.getByLabel('Ngày sinh').press('Enter');
  await dialog.getByRole('radio', { name: 'Nữ' }).check();
  // Century-sex digit 2 means a man born in the 2000s, but she is a woman.
  await dialog.getByLabel('Số định danh (CCCD)').fill('006204009999');
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  const field = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('Số định danh (CCCD)') });
  await expect(field).toContainText('Chữ số thứ 4 (2) chỉ giới tính nam, nhưng giới tính đã chọn là nữ.');
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('Không có công dân nào phù hợp.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Không có công dân nào phù hợp.')).toBeVisible();
});

test('the documents section opens on an empty office', async ({ page, server }) => {
  await openNewOffice(page, server);
  await openScreen(page, 'Văn bản – Báo cáo');
  for (const tab of ['Báo cáo sơ kết, tổng kết', 'Sổ văn bản đi', 'Mẫu văn bản của cơ quan']) {
    await expect(page.getByRole('tab', { name: tab })).toBeVisible();
  }
  await expect(page.getByText('Chức năng này đang xây dựng.')).toHaveCount(0);
});
