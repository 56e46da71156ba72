import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chooseOption } from './support/antd';
import { expect, test } from './support/fixtures';
import { addWard, fillOfficeProfile, openScreen } from './support/office';
import { callFromPage } from './support/page-api';
import { startWebServer } from './support/web-server';

/** The passphrase a clerk gives a copy taken away on a USB stick. */
const USB_PASSPHRASE = 'Ban-CHQS-USB-2026';

async function logIn(page: Page, username: string, password: string) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function logOut(page: Page, displayName: string) {
  await page.getByRole('button', { name: `Tài khoản ${displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
}

/** One wrong password that counts: retried while the server asks to wait (the growing delay), never by sleeping. */
async function failOnce(page: Page, username: string) {
  await expect(async () => {
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('mat-khau-sai');
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/accounts.login'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect(((await (await reply).json()) as { error: { code: string } }).error.code).toBe('LOGIN_FAILED');
  }).toPass({ intervals: [250, 500, 1000], timeout: 30_000 });
}

async function addAccount(page: Page, account: { name: string; username: string; role: string; password: string }) {
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm tài khoản' });
  await dialog.getByLabel('Họ và tên').fill(account.name);
  await dialog.getByLabel('Tên đăng nhập').fill(account.username);
  await chooseOption(page, dialog.getByLabel('Vai trò'), account.role);
  await dialog.getByLabel('Mật khẩu').fill(account.password);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: account.username, exact: true })).toBeVisible();
}

test('first run, lockout and unlock, a viewer refused, backup → change → restore in the audit trail', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const server = await startWebServer();
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-e2e-usb-'));
  try {
    // First run: the administrator is created before anything else opens, and is logged in.
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Tạo tài khoản quản trị' })).toBeVisible();
    await page.getByLabel('Họ và tên').fill('Hoàng Văn Minh');
    await page.getByLabel('Tên đăng nhập').fill('minh.hv');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu').fill('ngan');
    await page.getByRole('button', { name: 'Tạo tài khoản và đăng nhập' }).click();
    await expect(page.getByText('Mật khẩu phải có ít nhất 8 ký tự.')).toBeVisible();
    await page.getByLabel('Mật khẩu', { exact: true }).fill('Bac-Kan-2026');
    await page.getByLabel('Nhập lại mật khẩu').fill('Bac-Kan-2026');
    await page.getByRole('button', { name: 'Tạo tài khoản và đăng nhập' }).click();
    await fillOfficeProfile(page);

    await openScreen(page, 'Cài đặt', 'Tài khoản');
    await addAccount(page, { name: 'Lý Thị Hằng', username: 'hang.lt', role: 'Cán bộ', password: 'can-bo-2026' });
    await addAccount(page, { name: 'Hà Văn Tuấn', username: 'tuan.hv', role: 'Chỉ xem', password: 'chi-xem-2026' });
    await addAccount(page, {
      name: 'Nông Đức Quyết',
      username: 'quyet.nd',
      role: 'Quản trị',
      password: 'quan-tri-2026',
    });
    await logOut(page, 'Hoàng Văn Minh');

    // Five wrong passwords lock the account; the messages never say whether the name exists.
    for (let i = 0; i < 5; i += 1) await failOnce(page, 'hang.lt');
    await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');

    // Another administrator sees the lock and lifts it; then the right password works.
    await logIn(page, 'quyet.nd', 'quan-tri-2026');
    await openScreen(page, 'Cài đặt', 'Tài khoản');
    const locked = page.getByRole('row').filter({ hasText: 'hang.lt' });
    await expect(locked).toContainText('Đã khóa (nhập sai 5 lần)');
    await locked.getByRole('button', { name: 'Mở khóa' }).click();
    await expect(page.getByText('Đã mở khóa tài khoản Lý Thị Hằng.')).toBeVisible();
    await expect(locked).toContainText('Đang dùng');
    await logOut(page, 'Nông Đức Quyết');
    await logIn(page, 'hang.lt', 'can-bo-2026');
    await expect(page.getByRole('button', { name: 'Tài khoản Lý Thị Hằng' })).toContainText('Cán bộ');
    await logOut(page, 'Lý Thị Hằng');

    // A viewer reads but is offered no edits, and a write sent straight to the API is refused.
    await logIn(page, 'tuan.hv', 'chi-xem-2026');
    await openScreen(page, 'Công dân');
    await expect(page.getByRole('heading', { name: 'Danh sách công dân' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thêm công dân' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xuất Excel' })).toHaveCount(0);
    await openScreen(page, 'Cài đặt');
    await expect(page.getByRole('tab', { name: 'Địa bàn' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Sao lưu – Khôi phục' })).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Tài khoản' })).toHaveCount(0);
    const direct = await callFromPage(page, 'people.create', {
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: 'An',
      birthDate: '2005-01-01',
    });
    expect(direct).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(direct.error!.message).toBe('Tài khoản của bạn không có quyền thực hiện thao tác này.');
    await logOut(page, 'Hà Văn Tuấn');

    // Sao lưu ngay → a change → restore: the change is gone and the trail shows the restore.
    await logIn(page, 'minh.hv', 'Bac-Kan-2026');
    await openScreen(page, 'Cài đặt');
    await addWard(page, 'Phường Đức Xuân');
    await page.getByRole('tab', { name: 'Sao lưu – Khôi phục' }).click();
    await page.getByLabel('Thư mục lưu bản sao').fill(usb);
    await page.getByLabel('Cụm mật khẩu cho bản sao lưu').fill(USB_PASSPHRASE);
    await page.getByLabel('Nhập lại cụm mật khẩu').fill(USB_PASSPHRASE);
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(page.getByText(/Đã sao lưu và kiểm tra: .*qsdp-BCH-/)).toBeVisible();
    const [backup] = fs.readdirSync(usb);
    await addWard(page, 'Xã Dương Quang');
    await expect(page.getByRole('cell', { name: 'Xã Dương Quang' })).toBeVisible();
    await page.getByRole('tab', { name: 'Sao lưu – Khôi phục' }).click();
    await page.getByLabel('Tệp sao lưu').fill(path.join(usb, backup!));
    await page.getByLabel('Cụm mật khẩu của bản sao lưu').fill(USB_PASSPHRASE);
    await page.getByRole('button', { name: 'Khôi phục', exact: true }).last().click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Khôi phục' }).click();
    const done = page.getByRole('dialog').filter({ hasText: 'Đã khôi phục dữ liệu' });
    await done.getByRole('button', { name: 'Tải lại chương trình' }).click();
    await openScreen(page, 'Cài đặt', 'Địa bàn');
    await expect(page.getByRole('cell', { name: 'Phường Đức Xuân' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Xã Dương Quang' })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Nhật ký' }).click();
    const restoreRow = page.getByRole('row').filter({ hasText: 'Khôi phục' }).filter({ hasText: 'Sao lưu' });
    await expect(restoreRow.first()).toContainText('minh.hv');
    await expect(page.getByRole('row').filter({ hasText: 'Đăng nhập sai' }).first()).toBeVisible();
  } finally {
    await server.stop();
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
