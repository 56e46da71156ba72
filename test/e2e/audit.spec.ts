import ExcelJS from 'exceljs';
import { chooseOption } from './support/antd';
import { expect, test } from './support/fixtures';
import { openNewOffice, openScreen, registerPerson } from './support/office';

test('audit trail: a new person shows in its own history and in Cài đặt → Nhật ký; the chain checks out and exports', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);

  await openScreen(page, 'Công dân');
  await registerPerson(page, 'Đinh Văn Sơn', '14/03/2005');
  await page
    .getByRole('row', { name: /Đinh Văn Sơn/ })
    .getByRole('button', { name: 'Quá trình' })
    .click();
  const history = page.getByRole('region', { name: 'Lịch sử thay đổi' });
  await expect(history.getByText(/^Thêm mới – .+, \d\d\/\d\d\/\d{4} \d\d:\d\d$/)).toBeVisible();
  await history.getByText(/^Thêm mới/).click();
  await expect(history.getByRole('cell', { name: 'Sơn', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  await openScreen(page, 'Cài đặt', 'Nhật ký');
  await chooseOption(page, page.getByLabel('Loại bản ghi'), 'Công dân');
  const row = page.getByRole('row', { name: /Công dân/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Thêm mới');
  await row.getByRole('button', { name: 'Xem' }).click();
  await expect(page.getByRole('cell', { name: '14/03/2005', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Kiểm tra nhật ký' }).click();
  await expect(page.getByText(/^Nhật ký nguyên vẹn: đã kiểm tra \d+ dòng\.$/)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d\d-\d\d\.xlsx$/);
  const saved = test.info().outputPath('nhat-ky.xlsx');
  await file.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.getWorksheet('Nhật ký')!;
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).getCell(5).value).toBe('Công dân');
});
