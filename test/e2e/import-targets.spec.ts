import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, tick } from './support/antd';
import { expect, test } from './support/fixtures';
import { addWard, fillOfficeProfile } from './support/office';

/** A unit's roster as offices keep it: a merged title row above the header; the second row names a unit the office lacks. */
async function militiaRoster(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Trung đội 1');
  sheet.addRow(['DANH SÁCH DÂN QUÂN CƠ ĐỘNG PHƯỜNG ĐỨC XUÂN NĂM 2026']);
  sheet.mergeCells(1, 1, 1, 8);
  sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Đơn vị', 'Chức vụ', 'Ngày vào']);
  sheet.addRow([1, 'Nguyễn Văn An', '05/02/2000', 'Nam', '001200000001', 'trung doi 1', 'Chiến sĩ', '01/03/2024']);
  sheet.addRow([2, 'Phạm Văn Cường', '07/07/2001', 'Nam', '001201000002', 'Trung đội 9', '', '01/06/2024']);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'qsdp-import-')), 'dan-quan.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

async function addMilitiaUnit(page: Page, name: string) {
  await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị dân quân tự vệ' });
  await chooseOption(page, dialog.getByLabel('Phường, xã'), 'Phường Đức Xuân');
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByLabel('Tên đơn vị').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

test('a militia roster is imported into its unit: the unknown unit is shown as an error and its row skipped', async ({
  page,
  server,
}) => {
  const roster = await militiaRoster();
  await page.goto(server.url);
  await fillOfficeProfile(page);
  const nav = page.getByRole('navigation');
  await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await addWard(page, 'Phường Đức Xuân');

  await nav.getByRole('menuitem', { name: 'Dân quân tự vệ' }).click();
  await addMilitiaUnit(page, 'Trung đội 1');

  await page.getByRole('tab', { name: 'Danh sách' }).click();
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const wizard = page.getByRole('dialog', { name: 'Nhập danh sách từ tệp Excel' });
  await wizard.locator('input[type="file"]').setInputFiles(roster);
  await expect(wizard.getByText('Trung đội 1 — 2 dòng dữ liệu (tiêu đề cột ở dòng 2)')).toBeVisible();
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click();

  // Ghép cột: the militia's own columns are recognised.
  await expect(wizard.getByRole('row').filter({ has: page.getByLabel('Ghép cột "Chức vụ" vào') })).toContainText(
    'Chức vụ',
  );
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click();

  // Kiểm tra: the unit matched without diacritics, the date as dd/mm/yyyy, the person to be added.
  const an = wizard.getByRole('row').filter({ hasText: 'Nguyễn Văn An' });
  await expect(an).toContainText('Trung đội 1 (Phường Đức Xuân)');
  await expect(an).toContainText('01/03/2024');
  await expect(an).toContainText('Chiến sĩ');
  await expect(an.getByText('Thêm mới')).toHaveCount(2);
  const cuong = wizard.getByRole('row').filter({ hasText: 'Phạm Văn Cường' });
  await expect(cuong).toContainText(
    'Đơn vị: Đơn vị "Trung đội 9" chưa có trong danh sách đơn vị dân quân tự vệ của đơn vị.',
  );
  await expect(wizard.getByRole('tab', { name: 'Có lỗi (1)' })).toBeVisible();
  await tick(cuong.getByRole('checkbox', { name: 'Bỏ qua dòng 4' }));
  await expect(wizard.getByRole('tab', { name: 'Có lỗi (0)' })).toBeVisible();
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(
    wizard.getByText('Sẽ thêm 1 thành viên dân quân tự vệ; công dân: thêm mới 1, cập nhật 0; bỏ qua 1 dòng.'),
  ).toBeVisible();
  await wizard.getByRole('button', { name: 'Nhập 1 dòng' }).click();
  await expect(wizard.getByText('Đã thêm 1 thành viên dân quân tự vệ')).toBeVisible();
  await expect(wizard.getByText('Công dân: thêm mới 1, cập nhật 0.', { exact: false })).toBeVisible();
  await wizard.getByRole('button', { name: 'Hoàn tất' }).click();
  await expect(wizard).toBeHidden();

  // The list refreshed; the unit's own member list has the member too.
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Phạm Văn Cường/ })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Đơn vị' }).click();
  await page.getByRole('tree').getByText('Trung đội 1').click();
  await expect(page.getByRole('heading', { name: 'Trung đội 1', exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toContainText('Chiến sĩ');
});
