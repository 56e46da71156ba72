import { expect, test } from './support/fixtures';
import { openNewOffice, openScreen } from './support/office';
import { callFromPage } from './support/page-api';
import { E2E_ADMIN } from './support/web-server';

test('the screen locks after the idle time and the same password unlocks it with the typing kept', async ({
  page,
  server,
}) => {
  // The page's clock is driven by the test, so "five idle minutes" pass at once.
  await page.clock.install();
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Tài khoản');
  const minutes = page.getByLabel('Số phút không thao tác trước khi tự khóa (0 = không tự khóa)');
  await expect(minutes).toHaveValue('15');
  await minutes.fill('5');
  await page.getByRole('button', { name: 'Lưu' }).last().click();
  await expect(page.getByText('Đã lưu thời gian tự khóa.')).toBeVisible();
  await page.reload();

  await openScreen(page, 'Công dân');
  await page.getByRole('button', { name: 'Thêm công dân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm công dân' });
  await dialog.getByLabel('Họ và tên').fill('Nguyễn Văn Chưa Lưu');

  await page.clock.fastForward('04:00');
  await expect(page.getByRole('dialog', { name: 'Chương trình đã khóa' })).toHaveCount(0);
  await page.clock.fastForward('01:10');
  const lock = page.getByRole('dialog', { name: 'Chương trình đã khóa' });
  await expect(lock).toContainText('Chương trình tự khóa sau 5 phút không thao tác');
  await expect(lock.getByLabel('Tên đăng nhập')).toHaveValue(E2E_ADMIN.username);

  // Locked means logged out on the server too: a call now is refused.
  expect(await callFromPage(page, 'people.list', {})).toMatchObject({ ok: false, error: { code: 'LOGIN_REQUIRED' } });

  await lock.getByLabel('Mật khẩu').fill(E2E_ADMIN.password);
  await lock.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(lock).toBeHidden();
  await expect(dialog.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn Chưa Lưu');
});
