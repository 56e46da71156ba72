import { demoTest as test, expect } from './support/fixtures';
import { nextStep, openImportWizard, skipTheErrorRow, writeOfficeList } from './support/imports';
import { openScreen } from './support/office';

/** A ward's list of young men as sent to the city command: a title row, health classes as typed, one unknown class. */
function wardList(): Promise<string> {
  return writeOfficeList({
    fileName: 'tuyen-quan-duc-xuan.xlsx',
    sheetName: 'Đức Xuân',
    title: 'DANH SÁCH CÔNG DÂN TRONG ĐỘ TUỔI GỌI NHẬP NGŨ NĂM 2027 — PHƯỜNG ĐỨC XUÂN',
    header: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Xã/Phường', 'Phân loại SK'],
    rows: [
      [1, 'Hoàng Văn Khánh', '12/04/2007', 'Nam', '006207999001', 'Phường Đức Xuân', 'Loại 2'],
      [2, 'Nông Văn Lợi', '03/09/2006', 'Nam', '006206999002', 'Phường Đức Xuân', 'Loại 9'],
    ],
  });
}

test.use({ demoRole: 'officer' });

test('an officer imports a ward’s list into the open campaign; the row with an unknown health class is skipped', async ({
  page,
}) => {
  const list = await wardList();
  await openScreen(page, 'Tuyển quân');
  await page.getByRole('button', { name: 'Tuyển quân năm 2027' }).click();
  await page.getByRole('tab', { name: 'Công dân' }).click();
  const wizard = await openImportWizard(page);
  await wizard.locator('input[type="file"]').setInputFiles(list);
  await expect(wizard.getByText('Đức Xuân — 2 dòng dữ liệu (tiêu đề cột ở dòng 2)')).toBeVisible();
  await nextStep(wizard);
  await nextStep(wizard);

  const khanh = wizard.getByRole('row').filter({ hasText: 'Hoàng Văn Khánh' });
  await expect(khanh).toContainText('12/04/2007');
  await expect(khanh.getByText('Thêm mới').first()).toBeVisible();
  const loi = wizard.getByRole('row').filter({ hasText: 'Nông Văn Lợi' });
  await expect(loi).toContainText('Không hiểu phân loại sức khỏe "Loại 9" (cần loại 1 đến loại 6).');
  await skipTheErrorRow(wizard, loi, 4);
  await nextStep(wizard);
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
});
