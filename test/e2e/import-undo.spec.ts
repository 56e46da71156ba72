import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { nextStep, openImportWizard, writeOfficeList } from './support/imports';
import { addLocality, openNewOffice, openScreen } from './support/office';

/**
 * ISSUE 19 §3 and §7: an office's own sheet — an address column "Tổ 7, Phường Đức Xuân" and the
 * signature block under the table — imported with every row in error skipped in one click, then
 * the whole import undone from "Các lần nhập".
 */
function officeSheet(): Promise<string> {
  return writeOfficeList({
    fileName: 'danh-sach-duc-xuan.xlsx',
    sheetName: 'Danh sách',
    title: 'DANH SÁCH CÔNG DÂN PHƯỜNG ĐỨC XUÂN',
    header: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Địa chỉ'],
    rows: [
      [1, 'Nguyễn Văn An', '05/02/2004', 'Nam', '001204000001', 'Tổ 7, Phường Đức Xuân'],
      [2, 'Lê Thị Hoa', '12/03/2005', 'Nữ', '001305000002', 'Số 5, to 8, phuong duc xuan'],
      [3, 'Phạm Văn Dũng', '31/02/2004', 'Nam', '001204000003', 'Tổ 7, Phường Đức Xuân'],
      [4, 'Hoàng Văn Em', '', 'Nam', '001204000004', 'Tổ 8, Phường Đức Xuân'],
      [5, 'Đỗ Văn Giang', '07/07/2004', 'Nam', '001204000005', 'TỔ 8, P. ĐỨC XUÂN'],
      [],
      ['', '', '', '', 'Đức Xuân, ngày 05 tháng 12 năm 2026'],
      ['', 'Người lập biểu', '', '', 'CHỈ HUY TRƯỞNG'],
      [],
      [],
      ['', 'Nguyễn Thị Lập', '', '', 'Hoàng Văn Trưởng'],
    ],
  });
}

/** The "Các lần nhập" list's body (a list with a sized body draws its header as a table of its own). */
const batches = (wizard: Locator) => wizard.getByRole('table', { name: 'Các lần nhập' }).last();

test('an office sheet with an address column and a signature block imports, skipping all errors at once, then is undone as a batch', async ({
  page,
  server,
}) => {
  const file = await officeSheet();
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  await addLocality(page, 'Phường Đức Xuân');
  await addLocality(page, 'Tổ 7', { kind: 'Tổ dân phố', parent: 'Phường Đức Xuân' });
  await addLocality(page, 'Tổ 8', { kind: 'Tổ dân phố', parent: 'Phường Đức Xuân' });

  await openScreen(page, 'Công dân');
  let wizard = await openImportWizard(page);
  await expect(batches(wizard)).toContainText('Chưa có lần nhập nào.');
  await wizard.locator('input[type="file"]').setInputFiles(file);
  // Five people: the date line, "Người lập biểu", "CHỈ HUY TRƯỞNG" and the names under them are not counted.
  await expect(wizard.getByText('Danh sách — 5 dòng dữ liệu (tiêu đề cột ở dòng 2)')).toBeVisible();
  await nextStep(wizard);
  await expect(wizard.getByRole('row').filter({ has: page.getByLabel('Ghép cột "Địa chỉ" vào') })).toContainText(
    'Địa chỉ',
  );
  await nextStep(wizard);

  // The address column gives the village and the ward, whatever its case and accents.
  await expect(wizard.getByRole('row').filter({ hasText: 'Nguyễn Văn An' })).toContainText('Tổ 7, Phường Đức Xuân');
  await expect(wizard.getByRole('row').filter({ hasText: 'Lê Thị Hoa' })).toContainText('Tổ 8, Phường Đức Xuân');
  await expect(wizard.getByRole('row').filter({ hasText: 'Đỗ Văn Giang' })).toContainText('Tổ 8, Phường Đức Xuân');
  await expect(wizard.getByText('CHỈ HUY TRƯỞNG')).toHaveCount(0);
  await expect(wizard.getByRole('button', { name: /Tạo địa bàn/ })).toHaveCount(0);

  // Two rows in error, skipped in one action.
  await expect(wizard.getByRole('tab', { name: 'Có lỗi (2)' })).toBeVisible();
  await wizard.getByRole('button', { name: 'Bỏ qua mọi dòng có lỗi (2)' }).click();
  await expect(wizard.getByRole('tab', { name: 'Có lỗi (0)' })).toBeVisible();
  await nextStep(wizard);
  await wizard.getByRole('button', { name: 'Nhập 3 dòng' }).click();
  await expect(wizard.getByText('Đã nhập: 3 mới, 0 cập nhật, 2 bỏ qua')).toBeVisible();
  await wizard.getByRole('button', { name: 'Hoàn tất' }).click();
  await expect(wizard).toBeHidden();
  await expect(page.getByRole('row', { name: /Lê Thị Hoa/ })).toContainText('Tổ 8, Phường Đức Xuân');
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toBeVisible();

  // "Các lần nhập": the batch with its file and counts; undone as a whole.
  wizard = await openImportWizard(page);
  const batch = batches(wizard).getByRole('row', { name: /danh-sach-duc-xuan/ });
  await expect(batch).toContainText('3 thêm mới, 0 cập nhật, 2 bỏ qua');
  await batch.getByRole('button', { name: 'Hoàn tác lần nhập' }).click();
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(page.getByText('Đã hoàn tác lần nhập tệp "danh-sach-duc-xuan.xlsx".')).toBeVisible();
  await expect(batch).toContainText('Đã hoàn tác');
  await expect(batch.getByRole('button', { name: 'Hoàn tác lần nhập' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Lê Thị Hoa/ })).toHaveCount(0);
});
