import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { openNewOffice } from './support/office';
import { E2E_ADMIN, startWebServer } from './support/web-server';

test('the administrator prints the recovery code, which opens the data on a new PC', async ({ page, server }) => {
  await openNewOffice(page, server);
  // Until someone confirms the code is kept, a banner (not in the way of work) reminds the administrator.
  const banner = page.getByRole('alert').filter({ hasText: 'Chưa có ai xác nhận đã in và cất giữ mã khôi phục' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Xem mã khôi phục…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mã khôi phục dữ liệu' });
  await dialog.getByLabel('Mật khẩu của bạn').fill('sai-mat-khau');
  await dialog.getByRole('button', { name: 'Hiện mã khôi phục' }).click();
  await expect(dialog.getByText('Mật khẩu không đúng: chưa hiện mã khôi phục.')).toBeVisible();
  await dialog.getByLabel('Mật khẩu của bạn').fill(E2E_ADMIN.password);
  await dialog.getByRole('button', { name: 'Hiện mã khôi phục' }).click();
  const code = (await dialog.getByLabel('Mã khôi phục dữ liệu').innerText()).trim();
  expect(code).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  await expect(dialog.getByRole('button', { name: 'Xong' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Tôi đã in/ }).check();
  await dialog.getByRole('button', { name: 'Xong' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(banner).toHaveCount(0);

  // A "new PC": a fresh folder with only the database (and its WAL, copied while nothing writes), no key file.
  const newPc = fs.mkdtempSync(`${server.dataDir}-may-moi-`);
  try {
    for (const name of ['qsdp.sqlite', 'qsdp.sqlite-wal']) {
      const from = path.join(server.dataDir, name);
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(newPc, name));
    }
    expect(fs.existsSync(path.join(newPc, 'qsdp.key'))).toBe(false);
    const codeFile = `${newPc}.ma-khoi-phuc`;
    fs.writeFileSync(codeFile, `${code}\n`);
    process.env.QSDP_RECOVERY_CODE_FILE = codeFile;
    const moved = await startWebServer([], newPc);
    try {
      const login = await page.request.post(`${moved.origin}/api/accounts.login`, {
        headers: { Authorization: `Bearer ${new URL(moved.url).hash.replace('#token=', '')}` },
        data: { username: E2E_ADMIN.username, password: E2E_ADMIN.password },
      });
      expect(((await login.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      await moved.stop();
      delete process.env.QSDP_RECOVERY_CODE_FILE;
      fs.rmSync(codeFile, { force: true });
    }
  } finally {
    fs.rmSync(newPc, { recursive: true, force: true });
  }
});
