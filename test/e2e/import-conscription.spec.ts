import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tick } from './support/antd';
import { expect, test } from './support/fixtures';
import { startWebServer } from './support/web-server';

/** A ward's list of young men as sent to the city command: a title row, health classes as typed, one unknown class. */
async function wardList(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đức Xuân');
  sheet.addRow(['DANH SÁCH CÔNG DÂN TRONG ĐỘ TUỔI GỌI NHẬP NGŨ NĂM 2027 — PHƯỜNG ĐỨC XUÂN']);
  sheet.mergeCells(1, 1, 1, 7);
  sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Xã/Phường', 'Phân loại SK']);
  sheet.addRow([1, 'Hoàng Văn Khánh', '12/04/2007', 'Nam', '006207999001', 'Phường Đức Xuân', 'Loại 2']);
  sheet.addRow([2, 'Nông Văn Lợi', '03/09/2006', 'Nam', '006206999002', 'Phường Đức Xuân', 'Loại 9']);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'qsdp-import-')), 'tuyen-quan-duc-xuan.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

test('an officer imports a ward’s list into the open campaign; the row with an unknown health class is skipped', async ({
  page,
}) => {
  const list = await wardList();
  const server = await startWebServer(['--demo']);
  try {
    await server.signIn(page, 'officer');
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('menuitem', { name: 'Tuyển quân' }).click();
    await page.getByRole('button', { name: 'Tuyển quân năm 2027' }).click();
    await page.getByRole('tab', { name: 'Công dân' }).click();
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();

    const wizard = page.getByRole('dialog', { name: 'Nhập danh sách từ tệp Excel' });
    await wizard.locator('input[type="file"]').setInputFiles(list);
    await expect(wizard.getByText('Đức Xuân — 2 dòng dữ liệu (tiêu đề cột ở dòng 2)')).toBeVisible();
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();

    const khanh = wizard.getByRole('row').filter({ hasText: 'Hoàng Văn Khánh' });
    await expect(khanh).toContainText('12/04/2007');
    await expect(khanh.getByText('Thêm mới').first()).toBeVisible();
    await expect(wizard.getByRole('tab', { name: 'Có lỗi (1)' })).toBeVisible();
    const loi = wizard.getByRole('row').filter({ hasText: 'Nông Văn Lợi' });
    await expect(loi).toContainText('Không hiểu phân loại sức khỏe "Loại 9" (cần loại 1 đến loại 6).');
    await tick(loi.getByRole('checkbox', { name: 'Bỏ qua dòng 4' }));
    await expect(wizard.getByRole('tab', { name: 'Có lỗi (0)' })).toBeVisible();
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await wizard.getByRole('button', { name: 'Nhập 1 dòng' }).click();
    await expect(wizard.getByText('Công dân: thêm mới 1, cập nhật 0.', { exact: false })).toBeVisible();
    await wizard.getByRole('button', { name: 'Hoàn tất' }).click();
    await expect(wizard).toBeHidden();

    const search = page.getByLabel(/^Tìm theo họ tên/);
    await search.fill('hoang van khanh');
    await search.press('Enter');
    await expect(page.getByRole('row', { name: /Hoàng Văn Khánh/ })).toBeVisible();
    await search.fill('nong van loi');
    await search.press('Enter');
    await expect(page.getByRole('row', { name: /Nông Văn Lợi/ })).toHaveCount(0);
  } finally {
    await server.stop();
  }
});
