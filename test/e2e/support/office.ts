import type { Page } from '@playwright/test';
import { chooseOption } from './antd';
import { expect } from './fixtures';
import type { RunningServer } from './web-server';

/** What the first-run form asks for; `signerRank` may be left blank, as a clerk may. */
export interface OfficeProfile {
  parentBody: string;
  name: string;
  placeName: string;
  symbol: string;
  signerName: string;
  signerRank?: string;
}

/** The office most specs start from (its name is printed, upper-cased, on the shell and the documents). */
export const BAC_KAN_OFFICE: OfficeProfile = {
  parentBody: 'Bộ CHQS tỉnh Bắc Kạn',
  name: 'Ban CHQS thành phố Bắc Kạn',
  placeName: 'Bắc Kạn',
  symbol: 'BCH',
  signerName: 'Hoàng Văn Minh',
  signerRank: 'Thượng tá',
};

/** The first-run form: the office every fresh-data spec starts from. */
export async function fillOfficeProfile(page: Page, office: OfficeProfile = BAC_KAN_OFFICE): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với QSĐP' })).toBeVisible();
  await page.getByLabel('Cơ quan cấp trên').fill(office.parentBody);
  await page.getByLabel('Tên cơ quan').fill(office.name);
  await page.getByLabel('Địa danh ghi ngày tháng').fill(office.placeName);
  await page.getByLabel('Ký hiệu cơ quan').fill(office.symbol);
  await page.getByLabel('Họ và tên 1').fill(office.signerName);
  if (office.signerRank) await page.getByLabel('Cấp bậc 1').fill(office.signerRank);
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
}

/** Opens the test's fresh office (already logged in by the fixture) and fills its first-run form. */
export async function openNewOffice(page: Page, server: RunningServer, office?: OfficeProfile): Promise<void> {
  await page.goto(server.url);
  await fillOfficeProfile(page, office);
}

/** Opens a section through the side menu, as a user does, and then one of its tabs if named. */
export async function openScreen(page: Page, menuItem: string, tab?: string): Promise<void> {
  await page.getByRole('navigation').getByRole('menuitem', { name: menuItem }).click();
  if (tab) await page.getByRole('tab', { name: tab, exact: true }).click();
}

/**
 * Fills and saves an open person form (the register's "Thêm công dân" or one opened from another
 * screen), with the person's locality when given.
 */
export async function fillPersonDialog(page: Page, name: string, birth: string, locality?: string) {
  const dialog = page.getByRole('dialog', { name: 'Thêm công dân', exact: true });
  await dialog.getByLabel('Họ và tên').fill(name);
  await dialog.getByLabel('Ngày sinh').fill(birth);
  await dialog.getByLabel('Ngày sinh').press('Enter');
  if (locality) await chooseOption(page, dialog.getByLabel('Địa bàn'), locality);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** Registers a person from the people screen (it must be open). */
export async function registerPerson(page: Page, name: string, birth: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm công dân' }).click();
  await fillPersonDialog(page, name, birth);
}

/** How a locality is added: its kind (default: a ward) and, for a village, its parent; the date it applies from. */
export interface LocalityOptions {
  kind?: string;
  parent?: string;
  validFrom?: string;
}

/** Adds a locality from Cài đặt → Địa bàn (the tab must be open) and waits for it in the list. */
export async function addLocality(page: Page, name: string, options: LocalityOptions = {}): Promise<void> {
  await page.getByRole('button', { name: 'Thêm địa bàn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm địa bàn' });
  if (options.kind) await chooseOption(page, dialog.getByLabel('Loại'), options.kind);
  if (options.parent) await chooseOption(page, dialog.getByLabel('Thuộc'), options.parent);
  await dialog.getByLabel('Tên địa bàn').fill(name);
  if (options.validFrom) {
    await dialog.getByLabel('Áp dụng từ ngày').fill(options.validFrom);
    await dialog.getByLabel('Áp dụng từ ngày').press('Enter');
  }
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

/** Adds a ward in force since 2020 (the Cài đặt screen must be open; its Địa bàn tab is opened here). */
export async function addWard(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Địa bàn' }).click();
  await addLocality(page, name, { validFrom: '01/01/2020' });
}
