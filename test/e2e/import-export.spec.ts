import ExcelJS from 'exceljs';
import { unicodeToTcvn3 } from '../../electron/core/import/test-encoders';
import { chooseOption } from './support/antd';
import { expect, test } from './support/fixtures';
import { nextStep, openImportWizard, skipTheErrorRow, writeOfficeList } from './support/imports';
import { addLocality, openNewOffice, openScreen } from './support/office';

const TCVN3_NAME = unicodeToTcvn3('Trần Văn Bình');
/** The first bytes of an old binary .xls (OLE compound file): the name alone decides, the content is never read. */
const OLD_XLS = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An office's hand-made list: a merged title row above the header, one name typed in TCVN3, one impossible date. */
function officeWorkbook(): Promise<string> {
  return writeOfficeList({
    fileName: 'danh-sach-to-7.xlsx',
    sheetName: 'Danh sách',
    title: 'DANH SÁCH CÔNG DÂN TỔ 7 NĂM 2026',
    header: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Thôn/Tổ', 'Xã/Phường'],
    rows: [
      [1, TCVN3_NAME, '05/02/2004', 'Nam', '001204000001', 'Tổ 7', 'Phường Đức Xuân'],
      [2, 'Lê Thị Hoa', '12/03/2005', 'Nữ', '001305000002', 'Tổ 7', 'Phường Đức Xuân'],
      [3, 'Phạm Văn Dũng', '31/02/2004', 'Nam', '001204000003', 'Tổ 7', 'Phường Đức Xuân'],
    ],
  });
}

test('import an office list (title row, TCVN3 name, bad date skipped), then export the people list and read it back', async ({
  page,
  server,
}) => {
  const workbookFile = await officeWorkbook();
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  await addLocality(page, 'Phường Đức Xuân');
  await addLocality(page, 'Tổ 7', { kind: 'Tổ dân phố', parent: 'Phường Đức Xuân' });

  await openScreen(page, 'Công dân');
  const wizard = await openImportWizard(page);

  // A clerk unsure of the columns takes the sample list first.
  const sampleDownload = page.waitForEvent('download');
  await wizard.getByRole('button', { name: 'Tải tệp mẫu (.xlsx)' }).click();
  expect((await sampleDownload).suggestedFilename()).toBe('Mẫu nhập danh sách công dân.xlsx');

  // An old .xls is refused with the core's one message on how to re-save it.
  const picker = wizard.locator('input[type="file"]');
  await picker.setInputFiles({ name: 'danh-sach-cu.xls', mimeType: 'application/vnd.ms-excel', buffer: OLD_XLS });
  await expect(wizard.getByRole('alert')).toContainText('định dạng Excel cũ (.xls)');
  await expect(wizard.getByRole('button', { name: 'Tiếp tục' })).toBeDisabled();

  // Chọn tệp: the header is found below the merged title row.
  await picker.setInputFiles(workbookFile);
  await expect(wizard.getByText('Tệp đã chọn: danh-sach-to-7.xlsx')).toBeVisible();
  await expect(wizard.getByText('Danh sách — 3 dòng dữ liệu (tiêu đề cột ở dòng 2)')).toBeVisible();
  await nextStep(wizard);

  // Ghép cột: proposed from the headers.
  await expect(
    wizard.getByText('Chương trình đề xuất cách ghép theo tên cột trong tệp.', { exact: false }),
  ).toBeVisible();
  await expect(wizard.getByText('Dòng tiêu đề cột: dòng 2 của trang tính "Danh sách".')).toBeVisible();
  const nameColumn = wizard.getByRole('row').filter({ has: page.getByLabel('Ghép cột "Họ và tên" vào') });
  await expect(nameColumn).toContainText('Họ và tên');
  await expect(wizard.getByRole('row').filter({ has: page.getByLabel('Ghép cột "STT" vào') })).toContainText(
    '— Bỏ qua cột này —',
  );
  await nextStep(wizard);

  // Kiểm tra: the TCVN3 name shown converted, the impossible date as an error of its row.
  const binh = wizard.getByRole('row').filter({ hasText: 'Trần Văn Bình' });
  await expect(binh).toContainText(`${TCVN3_NAME} → Trần Văn Bình`);
  await expect(binh).toContainText('05/02/2004');
  await expect(binh).toContainText('Thêm mới');
  const dung = wizard.getByRole('row').filter({ hasText: 'Phạm Văn Dũng' });
  await expect(dung).toContainText('Ngày sinh: Ngày "31/02/2004" không có thật');
  await expect(dung).toContainText('Lỗi');

  await skipTheErrorRow(wizard, dung, 5);
  await expect(dung.getByText('Bỏ qua', { exact: true })).toBeVisible();
  await nextStep(wizard);

  // Nhập: the two good rows, all or nothing; then the report of each row.
  await wizard.getByRole('button', { name: 'Nhập 2 dòng' }).click();
  await expect(wizard.getByText('Đã nhập: 2 mới, 0 cập nhật, 1 bỏ qua')).toBeVisible();
  const reportDownload = page.waitForEvent('download');
  await wizard.getByRole('button', { name: 'Lưu báo cáo nhập (.xlsx)' }).click();
  expect((await reportDownload).suggestedFilename()).toMatch(/^Kết quả nhập \d{4}-\d\d-\d\d\.xlsx$/);
  await wizard.getByRole('button', { name: 'Hoàn tất' }).click();
  await expect(wizard).toBeHidden();

  // The people are in the list, found by the converted name.
  const search = page.getByRole('searchbox', { name: /Tìm theo họ tên/ });
  await search.fill('Trần Văn Bình');
  const row = page.getByRole('row', { name: /Trần Văn Bình/ });
  await expect(row).toContainText('05/02/2004');
  await expect(row).toContainText('Tổ 7, Phường Đức Xuân');
  await search.fill('');
  await expect(page.getByRole('row', { name: /Lê Thị Hoa/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Phạm Văn Dũng/ })).toHaveCount(0);

  // Xuất Excel: the list read back with exceljs.
  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const exported = await exportDownload;
  expect(exported.suggestedFilename()).toMatch(/^Danh sách công dân \d{4}-\d\d-\d\d\.xlsx$/);
  const saved = test.info().outputPath('cong-dan.xlsx');
  await exported.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('DANH SÁCH CÔNG DÂN');
  expect(String(sheet.getRow(2).getCell(1).value)).toMatch(
    /Ban CHQS thành phố Bắc Kạn — Ngày xuất: \d\d\/\d\d\/\d{4}/i,
  );
  let header = 0;
  sheet.eachRow((r, n) => {
    if (r.getCell(1).value === 'STT' && header === 0) header = n;
  });
  const headers = (sheet.getRow(header).values as unknown[]).slice(1, 6);
  expect(headers).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh (CCCD) / CMND']);
  const data = [header + 1, header + 2].map((n) => sheet.getRow(n));
  expect(data.map((r) => r.getCell(2).value).sort()).toEqual(['Lê Thị Hoa', 'Trần Văn Bình']);
  const binhRow = data.find((r) => r.getCell(2).value === 'Trần Văn Bình')!;
  expect(binhRow.getCell(3).value).toEqual(new Date(Date.UTC(2004, 1, 5)));
  expect(binhRow.getCell(3).numFmt).toBe('dd/mm/yyyy');
  expect(sheet.getRow(header + 3).getCell(2).value ?? null).toBeNull();
});

test('an unknown locality in the file is created from the preview, and the row then imports', async ({
  page,
  server,
}) => {
  const file = await writeOfficeList({
    fileName: 'to-9.xlsx',
    sheetName: 'Tổ 9',
    header: ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Thôn/Tổ', 'Xã/Phường'],
    rows: [['Nguyễn Văn An', '05/02/2004', 'Nam', '001204000011', 'Tổ 9', 'Phường Đức Xuân']],
  });

  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  await addLocality(page, 'Phường Đức Xuân');
  await openScreen(page, 'Công dân');
  const wizard = await openImportWizard(page);
  await wizard.locator('input[type="file"]').setInputFiles(file);
  await nextStep(wizard);
  await nextStep(wizard);

  const row = wizard.getByRole('row').filter({ hasText: 'Nguyễn Văn An' });
  await expect(row).toContainText('Thôn/Tổ: Địa bàn "Tổ 9" chưa có trong danh sách địa bàn của đơn vị.');
  await row.getByRole('button', { name: 'Tạo địa bàn "Tổ 9"' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo địa bàn mới' });
  await expect(create.getByLabel('Tên địa bàn')).toHaveValue('Tổ 9');
  await chooseOption(page, create.getByLabel('Loại'), 'Tổ dân phố');
  await expect(create.getByLabel('Thuộc')).toBeVisible();
  await create.getByRole('button', { name: 'Lưu' }).click();
  await expect(create).toBeHidden();

  await expect(row).toContainText('Tổ 9, Phường Đức Xuân');
  await expect(row).toContainText('Thêm mới');
  await nextStep(wizard);
  await wizard.getByRole('button', { name: 'Nhập 1 dòng' }).click();
  await expect(wizard.getByText('Đã nhập: 1 mới, 0 cập nhật, 0 bỏ qua')).toBeVisible();
  await wizard.getByRole('button', { name: 'Hoàn tất' }).click();
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toContainText('Tổ 9, Phường Đức Xuân');
});
