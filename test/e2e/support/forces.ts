import type { Locator, Page } from '@playwright/test';
import { chooseOption, searchAndPick } from './antd';
import { expect } from './fixtures';

/**
 * Dân quân tự vệ → Đơn vị: adds a unit, at the top in `ward`, or (without one) below the unit
 * selected in the tree; waits until the new unit is shown.
 */
export async function addMilitiaUnit(page: Page, name: string, ward?: string): Promise<void> {
  await page.getByRole('button', { name: ward ? 'Thêm đơn vị' : 'Thêm đơn vị cấp dưới', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị dân quân tự vệ' });
  if (ward) await chooseOption(page, dialog.getByLabel('Phường, xã'), ward);
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByLabel('Tên đơn vị').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Cài đặt → Chuyên nghiệp quân sự (the tab must be open): adds a CNQS code. */
export async function addSpecialty(page: Page, code: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm CNQS' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm chuyên nghiệp quân sự' });
  await dialog.getByLabel('Mã').fill(code);
  await dialog.getByLabel('Tên chuyên nghiệp').fill(name);
  await dialog.getByLabel('Tên chuyên nghiệp').press('Enter');
  await expect(dialog).toBeHidden();
}

/** Quân nhân dự bị → "Thêm quân nhân dự bị": a registered person, found by `typed`, with a CNQS. */
export async function addReservist(page: Page, typed: string, person: RegExp, specialty: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm quân nhân dự bị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm quân nhân dự bị' });
  await searchAndPick(page, dialog.getByLabel('Công dân', { exact: true }), typed, person);
  await chooseOption(page, dialog.getByLabel('Chuyên nghiệp quân sự (CNQS)'), specialty);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** What a slot of a reserve unit asks for. */
export interface ReserveSlot {
  title: string;
  specialty: string;
  needed: number;
}

/** Quân nhân dự bị → Đơn vị DBĐV: a new reserve unit with one slot. */
export async function addReserveUnit(page: Page, unit: string, slot: ReserveSlot): Promise<void> {
  await page.getByRole('tab', { name: 'Đơn vị DBĐV' }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const unitDialog = page.getByRole('dialog', { name: 'Thêm đơn vị dự bị động viên' });
  await unitDialog.getByLabel('Tên đơn vị').fill(unit);
  await unitDialog.getByLabel('Tên đơn vị').press('Enter');
  await expect(unitDialog).toBeHidden();
  await page.getByRole('button', { name: 'Thêm vị trí' }).click();
  const slotDialog = page.getByRole('dialog', { name: `Thêm vị trí vào ${unit}` });
  await slotDialog.getByLabel('Vị trí (chức danh)').fill(slot.title);
  await chooseOption(page, slotDialog.getByLabel('CNQS yêu cầu'), slot.specialty);
  await slotDialog.getByLabel('Số người cần').fill(String(slot.needed));
  await slotDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(slotDialog).toBeHidden();
}

/**
 * Assigns the reservist found by `typed` to a slot of the open reserve unit and saves; returns the
 * dialog, which closes on success and stays open with the refusal otherwise.
 */
export async function assignToSlot(
  page: Page,
  unit: string,
  slot: string,
  typed: string,
  reservist: RegExp,
): Promise<Locator> {
  await page
    .getByRole('row', { name: new RegExp(slot) })
    .getByRole('button', { name: 'Sắp xếp' })
    .click();
  const dialog = page.getByRole('dialog', { name: `Sắp xếp vào ${unit} – ${slot}` });
  await searchAndPick(page, dialog.getByLabel('Quân nhân dự bị'), typed, reservist);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  return dialog;
}
