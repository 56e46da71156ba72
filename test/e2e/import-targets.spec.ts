import { expect, test } from './support/fixtures';
import { addMilitiaUnit } from './support/forces';
import { nextStep, openImportWizard, skipTheErrorRow, writeOfficeList } from './support/imports';
import { addWard, openNewOffice, openScreen } from './support/office';

/** A unit's roster as offices keep it: a merged title row above the header; the second row names a unit the office lacks. */
function militiaRoster(): Promise<string> {
  return writeOfficeList({
    fileName: 'dan-quan.xlsx',
    sheetName: 'Trung đội 1',
    title: 'DANH SÁCH DÂN QUÂN CƠ ĐỘNG PHƯỜNG ĐỨC XUÂN NĂM 2026',
    header: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Đơn vị', 'Chức vụ', 'Ngày vào'],
    rows: [
      [1, 'Nguyễn Văn An', '05/02/2000', 'Nam', '001200000001', 'trung doi 1', 'Chiến sĩ', '01/03/2024'],
      [2, 'Phạm Văn Cường', '07/07/2001', 'Nam', '001201000002', 'Trung đội 9', '', '01/06/2024'],
    ],
  });
}

test('a militia roster is imported into its unit: the unknown unit is shown as an error and its row skipped', async ({
  page,
  server,
}) => {
  const roster = await militiaRoster();
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt');
  await addWard(page, 'Phường Đức Xuân');

  await openScreen(page, 'Dân quân tự vệ');
  await addMilitiaUnit(page, 'Trung đội 1', 'Phường Đức Xuân');

  await page.getByRole('tab', { name: 'Danh sách' }).click();
  const wizard = await openImportWizard(page);
  await wizard.locator('input[type="file"]').setInputFiles(roster);
  await expect(wizard.getByText('Trung đội 1 — 2 dòng dữ liệu (tiêu đề cột ở dòng 2)')).toBeVisible();
  await nextStep(wizard);

  // Ghép cột: the militia's own columns are recognised.
  await expect(wizard.getByRole('row').filter({ has: page.getByLabel('Ghép cột "Chức vụ" vào') })).toContainText(
    'Chức vụ',
  );
  await nextStep(wizard);

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
  await skipTheErrorRow(wizard, cuong, 4);
  await nextStep(wizard);

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
