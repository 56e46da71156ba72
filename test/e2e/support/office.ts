import type { Page } from '@playwright/test';
import { chooseOption } from './antd';
import { expect } from './fixtures';

/** The first-run form: the office every fresh-data spec starts from. */
export async function fillOfficeProfile(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với QSĐP' })).toBeVisible();
  await page.getByLabel('Cơ quan cấp trên').fill('Bộ CHQS tỉnh Bắc Kạn');
  await page.getByLabel('Tên cơ quan').fill('Ban CHQS thành phố Bắc Kạn');
  await page.getByLabel('Địa danh ghi ngày tháng').fill('Bắc Kạn');
  await page.getByLabel('Ký hiệu cơ quan').fill('BCH');
  await page.getByLabel('Họ và tên 1').fill('Hoàng Văn Minh');
  await page.getByLabel('Cấp bậc 1').fill('Thượng tá');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
}

/** Fills and saves an open person form (the register's "Thêm công dân" or one opened from another screen). */
export async function fillPersonDialog(page: Page, name: string, birth: string, dialogName = 'Thêm công dân') {
  const dialog = page.getByRole('dialog', { name: dialogName, exact: true });
  await dialog.getByLabel('Họ và tên').fill(name);
  await dialog.getByLabel('Ngày sinh').fill(birth);
  await dialog.getByLabel('Ngày sinh').press('Enter');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** Registers a person from the people screen (it must be open). */
export async function registerPerson(page: Page, name: string, birth: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm công dân' }).click();
  await fillPersonDialog(page, name, birth);
}

/** Adds a ward in Cài đặt (the Cài đặt screen must be open). */
export async function addWard(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Địa bàn' }).click();
  await page.getByRole('button', { name: 'Thêm địa bàn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm địa bàn' });
  await dialog.getByLabel('Tên địa bàn').fill(name);
  await dialog.getByLabel('Áp dụng từ ngày').fill('01/01/2020');
  await dialog.getByLabel('Áp dụng từ ngày').press('Enter');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** Adds a locality from Cài đặt → Địa bàn (the tab must be open); a village names its kind and parent. */
export async function addLocality(page: Page, name: string, kind?: { kind: string; parent: string }): Promise<void> {
  await page.getByRole('button', { name: 'Thêm địa bàn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm địa bàn' });
  if (kind) {
    await chooseOption(page, dialog.getByLabel('Loại'), kind.kind);
    await chooseOption(page, dialog.getByLabel('Thuộc'), kind.parent);
  }
  await dialog.getByLabel('Tên địa bàn').fill(name);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}
