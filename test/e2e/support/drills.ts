import type { Page } from '@playwright/test';
import { chooseOption, fillDate } from './antd';
import { expect } from './fixtures';
import type { RunningServer } from './web-server';

const pad = (n: number) => String(n).padStart(2, '0');
/** dd/mm/yyyy, as the date fields take it. */
export const display = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;

/** Cài đặt → Địa bàn → "Thêm địa bàn" (the tab must be open). */
export async function addWard(page: Page, name: string) {
  await page.getByRole('button', { name: 'Thêm địa bàn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm địa bàn' });
  await dialog.getByLabel('Tên địa bàn').fill(name);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** Diễn tập tab → "Thêm cuộc diễn tập" with 30 militia and 5 police taking part. */
export async function planExercise(page: Page, type: string, title: string, ward: string, on: string) {
  await page.getByRole('button', { name: 'Thêm cuộc diễn tập' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cuộc diễn tập' });
  await chooseOption(page, dialog.getByLabel('Loại diễn tập'), type);
  await dialog.getByLabel('Tên cuộc diễn tập').fill(title);
  await chooseOption(page, dialog.getByLabel('Địa bàn'), ward);
  await fillDate(page, dialog.getByLabel('Ngày bắt đầu dự kiến'), on);
  await dialog.getByLabel('Dân quân tự vệ', { exact: true }).fill('30');
  await dialog.getByLabel('Công an', { exact: true }).fill('5');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Kế hoạch');
}

/** Calls the browser-mode API with the launch's token (setup a user would have made on other screens). */
export async function apiCall<T>(page: Page, server: RunningServer, method: string, input: unknown): Promise<T> {
  const token = /#token=([\w-]+)/.exec(server.url)![1]!;
  const response = await page.request.post(`${server.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: input,
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}
