import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Tuyển quân → "Tạo đợt tuyển quân": the campaign of `year`, handing over on 24–25 February;
 * returns its row in the list of campaigns.
 */
export async function createCampaign(page: Page, year: number): Promise<Locator> {
  await page.getByRole('button', { name: 'Tạo đợt tuyển quân' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo đợt tuyển quân' });
  await create.getByLabel('Năm giao nhận quân').fill(String(year));
  await create.getByLabel('Giao nhận quân từ ngày').fill(`24/02/${year}`);
  await create.getByLabel('Giao nhận quân từ ngày').press('Enter');
  await create.getByLabel('đến ngày').fill(`25/02/${year}`);
  await create.getByLabel('đến ngày').press('Enter');
  await create.getByRole('button', { name: 'Lưu' }).click();
  await expect(create).toBeHidden();
  return page.getByRole('row', { name: new RegExp(`Tuyển quân năm ${year}`) });
}

/**
 * Opens the campaign's "Giao chỉ tiêu" and types each quota beside its field's label
 * (`Quân đội – <locality>`, `Công an – <locality>`), leaving the last field so the total updates;
 * returns the dialog, not yet saved.
 */
export async function fillQuotas(page: Page, campaign: Locator, quotas: [label: string, count: number][]) {
  await campaign.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
  const dialog = page.getByRole('dialog', { name: /Chỉ tiêu giao quân/ });
  for (const [label, count] of quotas) await dialog.getByLabel(label).fill(String(count));
  await dialog.getByLabel(quotas[quotas.length - 1]![0]).press('Tab');
  return dialog;
}
