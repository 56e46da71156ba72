import type { Page } from '@playwright/test';
import { demoTest as test, expect } from './support/fixtures';
import { openScreen } from './support/office';

test.use({ viewport: { width: 1366, height: 768 } });

/** The header cells of the open list (its header is drawn as a table of its own above the body). */
function headers(page: Page) {
  return page.locator('main .ant-table-thead th').filter({ visible: true });
}

test('every list words its total the same way, with its own unit', async ({ page }) => {
  await openScreen(page, 'Dân quân tự vệ', 'Danh sách');
  await expect(page.getByText(/^Tổng số: \d+ người$/)).toBeVisible();
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Diễn tập');
  await expect(page.getByText(/^Tổng số: \d+ cuộc$/)).toBeVisible();
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Huấn luyện');
  await expect(page.getByText(/^Tổng số: \d+ lớp$/)).toBeVisible();
  // Lists read whole (settings) now have the same total under them.
  await openScreen(page, 'Cài đặt', 'Tài khoản');
  await expect(page.getByText(/^Tổng số: 3 tài khoản$/)).toBeVisible();
  await openScreen(page, 'Cài đặt', 'Cán bộ cơ quan');
  await expect(page.getByText(/^Tổng số: \d+ người$/)).toBeVisible();
  await openScreen(page, 'Tuyển quân');
  await expect(page.getByText(/^Tổng số: \d+ đợt$/)).toBeVisible();
});

test('an age is shown one way: a "Tuổi" column holding the number, beside a plain birth date', async ({ page }) => {
  for (const [menu, tab] of [
    ['Dân quân tự vệ', 'Danh sách'],
    ['Quân nhân dự bị', 'Danh sách'],
  ] as const) {
    await openScreen(page, menu, tab);
    const titles = await headers(page).allInnerTexts();
    const age = titles.indexOf('Tuổi');
    expect(age, `${menu}: ${titles.join(' | ')}`).toBeGreaterThan(0);
    expect(titles[age - 1]).toBe('Ngày sinh');
    const row = page.locator('main .ant-table-tbody > tr.ant-table-row').filter({ visible: true }).first();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[age - 1]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(cells[age]).toMatch(/^\d{2}$/);
  }
});

test('the training list keeps its filters and actions on one row above the list', async ({ page }) => {
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Huấn luyện');
  const search = page.getByLabel('Tìm theo tên khóa, địa điểm…');
  const add = page.getByRole('button', { name: 'Thêm khóa huấn luyện' });
  await expect(add).toBeVisible();
  const [searchBox, addBox] = [await search.boundingBox(), await add.boundingBox()];
  expect(Math.abs(searchBox!.y + searchBox!.height / 2 - (addBox!.y + addBox!.height / 2))).toBeLessThan(4);
  // The status filter waits behind "Thêm bộ lọc".
  await page.getByRole('button', { name: 'Thêm bộ lọc' }).click();
  await expect(page.getByRole('group', { name: 'Thêm bộ lọc' }).getByText('Trạng thái')).toBeVisible();
});
