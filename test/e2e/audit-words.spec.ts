import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseOption } from './support/antd';
import { display, DRILL_WARDS, planExercisesInBothWards, RESCUE_EXERCISE } from './support/drills';
import { expect, test } from './support/fixtures';
import { addLocality, fillPersonDialog, openNewOffice, openScreen } from './support/office';

test('the audit trail speaks the clerk’s words: labels, values, the person’s name and a filled Chi tiết', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  for (const ward of DRILL_WARDS) await addLocality(page, ward);

  await openScreen(page, 'Công dân');
  await page.getByRole('button', { name: 'Thêm công dân' }).click();
  await fillPersonDialog(page, 'Hoàng Văn Tú', '14/03/2005', DRILL_WARDS[0]);
  await page
    .getByRole('row', { name: /Hoàng Văn Tú/ })
    .getByRole('button', { name: 'Sửa' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin công dân' });
  await edit.getByRole('radio', { name: 'Nữ' }).check();
  await chooseOption(page, edit.getByLabel('Địa bàn'), DRILL_WARDS[1]);
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();

  await openScreen(page, 'Diễn tập – Huấn luyện', 'Diễn tập');
  await planExercisesInBothWards(page, display(new Date()));
  await page.getByRole('button', { name: RESCUE_EXERCISE }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị' }).click();
  await expect(page.getByRole('button', { name: 'Bắt đầu chuẩn bị' })).toBeHidden();
  await page.keyboard.press('Escape');

  await openScreen(page, 'Cài đặt', 'Nhật ký');
  await chooseOption(page, page.getByLabel('Loại bản ghi'), 'Công dân');
  const change = page.getByRole('row', { name: /Sửa/ }).filter({ hasText: 'Hoàng Văn Tú' });
  await expect(change).toHaveCount(1);
  // The record by its name, never its code; what changed in labels and words, not field names and codes.
  await expect(change).toContainText(`Giới tính: Nam → Nữ`);
  await expect(change).toContainText(`Địa bàn: ${DRILL_WARDS[0]} → ${DRILL_WARDS[1]}`);
  await expect(change).not.toContainText(/localityName|[0-9a-f]{8}-[0-9a-f]{4}-/);
  await change.getByRole('button', { name: 'Xem' }).click();
  const sexLine = page.getByRole('row', { name: /^Giới tính/ });
  await expect(sexLine.getByRole('cell')).toHaveText(['Giới tính', 'Nam', 'Nữ']);

  await chooseOption(page, page.getByLabel('Loại bản ghi'), 'Diễn tập');
  const step = page.getByRole('row', { name: /Sửa/ }).filter({ hasText: RESCUE_EXERCISE });
  await expect(step).toContainText('Trạng thái: Kế hoạch → Đang chuẩn bị');
  await expect(step).not.toContainText(/planned|preparing/);
});

test('a "Sao lưu ngay" copy is listed with the automatic backups', async ({ page, server }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-e2e-usb-'));
  try {
    await openNewOffice(page, server);
    await openScreen(page, 'Cài đặt', 'Sao lưu – Khôi phục');
    const list = page.getByRole('table').first();
    await expect(list.getByRole('row', { name: /Tự động/ })).toHaveCount(1);

    // A folder that is not there is named, in a whole sentence with what to do.
    const missing = path.join(usb, 'SaoLuu');
    await page.getByLabel('Thư mục lưu bản sao').fill(missing);
    await page.getByLabel('Cụm mật khẩu cho bản sao lưu').fill('Ban-CHQS-USB-2026');
    await page.getByLabel('Nhập lại cụm mật khẩu').fill('Ban-CHQS-USB-2026');
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(
      page.getByText(`Thư mục ${missing} không tồn tại hoặc không ghi được.`, { exact: false }),
    ).toBeVisible();

    await page.getByLabel('Thư mục lưu bản sao').fill(usb);
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(page.getByText(/Đã sao lưu và kiểm tra: .*qsdp-BCH-/)).toBeVisible();
    const [backup] = fs.readdirSync(usb).filter((name) => name.endsWith('.qsdpbak'));
    const manual = list.getByRole('row', { name: /Sao lưu ngay/ });
    await expect(manual).toContainText(path.join(usb, backup!));
    await expect(list.getByRole('row', { name: /Tự động/ })).toHaveCount(1);

    // Choosing it fills the restore form, where its passphrase is asked.
    await manual.getByRole('button', { name: 'Chọn để khôi phục' }).click();
    await expect(page.getByLabel('Tệp sao lưu')).toHaveValue(path.join(usb, backup!));
  } finally {
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
