import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { addWard, openNewOffice, openScreen } from './support/office';

/** The passphrase a clerk gives a copy taken away on a USB stick. */
const USB_PASSPHRASE = 'Ban-CHQS-USB-2026';

test('Sao lưu ngay to a folder, change a record, restore: the change is gone', async ({ page, server }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-e2e-usb-'));
  try {
    await openNewOffice(page, server);
    await openScreen(page, 'Cài đặt');
    await addWard(page, 'Phường Đức Xuân');

    await page.getByRole('tab', { name: 'Sao lưu – Khôi phục' }).click();
    // The start-up backup is listed (taken when the server started).
    await expect(page.getByRole('row').nth(1)).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await page.getByLabel('Thư mục lưu bản sao').fill('saoluu');
    // A copy leaves the PC sealed: the passphrase is asked twice, and must match.
    await page.getByLabel('Cụm mật khẩu cho bản sao lưu').fill(USB_PASSPHRASE);
    await page.getByLabel('Nhập lại cụm mật khẩu').fill('Ban-CHQS-USB-2025');
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(page.getByText('Hai lần nhập cụm mật khẩu không giống nhau.')).toBeVisible();
    await page.getByLabel('Nhập lại cụm mật khẩu').fill(USB_PASSPHRASE);
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(page.getByText(/đường dẫn đầy đủ của thư mục/)).toBeVisible();
    await page.getByLabel('Thư mục lưu bản sao').fill(usb);
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(page.getByText(/Đã sao lưu và kiểm tra: .*qsdp-BCH-/)).toBeVisible();
    const [backup] = fs.readdirSync(usb);
    expect(backup).toMatch(/^qsdp-BCH-\d{4}-\d{2}-\d{2}-\d{4}\.qsdpbak$/);

    await addWard(page, 'Xã Dương Quang');
    await expect(page.getByRole('cell', { name: 'Xã Dương Quang' })).toBeVisible();

    await page.getByRole('tab', { name: 'Sao lưu – Khôi phục' }).click();
    // A file that is not a backup is refused, with the reason under the field.
    const junk = path.join(usb, 'ghi-chu.sqlite');
    fs.writeFileSync(junk, 'không phải dữ liệu');
    await page.getByLabel('Tệp sao lưu').fill(junk);
    await page.getByRole('button', { name: 'Khôi phục', exact: true }).last().click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByText(/không phải là tệp dữ liệu QSĐP/)).toBeVisible();

    await page.getByLabel('Tệp sao lưu').fill(path.join(usb, backup!));
    // Without its passphrase the copy is refused, and says what it needs.
    await page.getByRole('button', { name: 'Khôi phục', exact: true }).last().click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByText(/được bảo vệ bằng cụm mật khẩu/)).toBeVisible();
    await page.getByLabel('Cụm mật khẩu của bản sao lưu').fill(USB_PASSPHRASE);
    await page.getByRole('button', { name: 'Khôi phục', exact: true }).last().click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Khôi phục' }).click();
    const done = page.getByRole('dialog').filter({ hasText: 'Đã khôi phục dữ liệu' });
    await expect(done).toContainText(/truoc-khoi-phuc/);
    await done.getByRole('button', { name: 'Tải lại chương trình' }).click();
    await openScreen(page, 'Cài đặt');

    await page.getByRole('tab', { name: 'Địa bàn' }).click();
    await expect(page.getByRole('cell', { name: 'Phường Đức Xuân' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Xã Dương Quang' })).toHaveCount(0);
  } finally {
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
