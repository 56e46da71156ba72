import type { Page } from '@playwright/test';
import { chooseOption } from './support/antd';
import { demoTest as test, expect, test as freshTest } from './support/fixtures';
import { addMilitiaUnit } from './support/forces';
import { addLocality, fillPersonDialog, openNewOffice, openScreen } from './support/office';
import { DEMO_LOGINS } from './support/web-server';

const SEARCH = 'Tìm theo họ tên (gõ có hoặc không dấu) hoặc số định danh';
const activePage = (page: Page) => page.locator('.ant-pagination-item-active');
const birthHeader = (page: Page) => page.getByRole('columnheader', { name: 'Ngày sinh' });

/**
 * The people list as the admin left it: a search, "Nữ", sorted by birth date, on page 2. The typed
 * search is kept for the session only (names and ID numbers are not written to disk): after a
 * restart it is empty.
 */
async function expectPeopleAsLeft(page: Page, search = 'thi') {
  await expect(page.getByRole('searchbox', { name: SEARCH })).toHaveValue(search);
  await expect(page.locator('.ant-select').filter({ hasText: 'Nữ' })).toBeVisible();
  await expect(birthHeader(page)).toHaveAttribute('aria-sort', 'ascending');
  await expect(activePage(page)).toHaveText('2');
}

/**
 * A clerk sets the people list the way she works with it and opens the militia's "Danh sách" tab;
 * going to another screen and back, and starting again (a reload), finds both as they were. Another
 * account logging in afterwards opens at the home screen with the lists untouched.
 */
test('filters, sort, page and tab stay as left, per user, across screens and a restart', async ({ page }) => {
  test.slow();
  await openScreen(page, 'Công dân');
  await page.getByRole('searchbox', { name: SEARCH }).fill('thi');
  await chooseOption(page, page.getByLabel('Giới tính'), 'Nữ');
  await birthHeader(page).click();
  await expect(birthHeader(page)).toHaveAttribute('aria-sort', 'ascending');
  await page.locator('.ant-pagination-item').getByText('2', { exact: true }).click();
  await expectPeopleAsLeft(page);

  await openScreen(page, 'Dân quân tự vệ', 'Danh sách');
  await expect(page).toHaveURL(/#\/dan-quan-tu-ve\/danh-sach$/);

  // To another screen and back: the list and the tab are as left.
  await openScreen(page, 'Công dân');
  await expectPeopleAsLeft(page);
  await openScreen(page, 'Tổng quan');
  await openScreen(page, 'Dân quân tự vệ');
  await expect(page.getByRole('tab', { name: 'Danh sách', exact: true })).toHaveAttribute('aria-selected', 'true');

  // A restart of the window: the same, but for the typed search.
  await page.reload();
  await openScreen(page, 'Công dân');
  await expectPeopleAsLeft(page, '');

  // Another account: the home screen, and the lists as they come.
  await page.getByRole('button', { name: /Tài khoản/ }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').fill(DEMO_LOGINS.officer.username);
  await page.getByLabel('Mật khẩu').fill(DEMO_LOGINS.officer.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/#\/tong-quan$/);
  await openScreen(page, 'Công dân');
  await expect(page.getByRole('searchbox', { name: SEARCH })).toHaveValue('');
  await expect(birthHeader(page)).not.toHaveAttribute('aria-sort', 'ascending');
  await expect(activePage(page)).toHaveText('1');
  await openScreen(page, 'Dân quân tự vệ');
  await expect(page.getByRole('tab', { name: 'Đơn vị', exact: true })).toHaveAttribute('aria-selected', 'true');
});

/**
 * The shortcuts of the "Phím tắt" list do what it says, Tab from "Ngày sinh" goes to the next field
 * a user can see, and Enter in a form not yet filled goes on to the next field instead of saving.
 */
test('keyboard: search, new record, Enter, Tab, save and close without the mouse', async ({ page }) => {
  test.slow();
  await openScreen(page, 'Công dân');
  const search = page.getByRole('searchbox', { name: SEARCH });
  await page.locator('body').press('/');
  await expect(search).toBeFocused();
  // Clicking the title leaves the box, as a user does before a shortcut.
  const title = page.getByRole('heading', { name: 'Danh sách công dân' });
  await title.click();
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();

  // "?" opens the list of shortcuts, Esc closes it.
  await title.click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(help.getByText('Alt+N')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByRole('button', { name: 'Phím tắt' }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('Alt+n');
  const dialog = page.getByRole('dialog', { name: 'Thêm công dân', exact: true });
  await expect(dialog).toBeVisible();

  // Enter with the birth date still empty: nothing saved, no errors, on to the next field.
  const name = dialog.getByLabel('Họ và tên');
  await name.fill('Lê Thị Phím Tắt');
  await name.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(name).not.toBeFocused();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveCount(0);

  // Tab from a filled "Ngày sinh" reaches a field a user can see, not the picker's hidden clear button.
  const birth = dialog.getByLabel('Ngày sinh');
  await birth.fill('05/03/2001');
  await birth.press('Enter');
  await birth.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).not.toHaveClass(/ant-picker-clear/);
  await expect(focused).toBeVisible();
  await expect(focused).toHaveCount(1);

  // Ctrl+S saves the dialog.
  await page.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await search.fill('phim tat');
  await expect(page.getByRole('button', { name: 'Lê Thị Phím Tắt' })).toBeVisible();

  // Esc closes a dialog without saving.
  await page.keyboard.press('Alt+n');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

/**
 * A unit of Phường Đức Xuân takes a member: the picker lists the ward's resident of age first (her
 * given name comes last in the alphabet), and picking someone from another commune or past the age
 * shows a warning — the dialog does not refuse before the clerk decides.
 */
freshTest(
  'the militia picker offers the unit’s eligible residents first and warns about the others',
  async ({ page, server }) => {
    freshTest.slow();
    await openNewOffice(page, server);
    await openScreen(page, 'Cài đặt', 'Địa bàn');
    await addLocality(page, 'Phường Đức Xuân');
    await addLocality(page, 'Xã Nam Đà');
    await openScreen(page, 'Công dân');
    for (const [name, birth, place] of [
      ['Trần Văn An', '01/01/2000', 'Xã Nam Đà'],
      ['Lê Văn Bảo', '01/01/1970', 'Phường Đức Xuân'],
      ['Hà Văn Yên', '01/01/2000', 'Phường Đức Xuân'],
    ] as const) {
      await page.getByRole('button', { name: 'Thêm công dân' }).click();
      await fillPersonDialog(page, name, birth, place);
    }

    await openScreen(page, 'Dân quân tự vệ');
    await addMilitiaUnit(page, 'Trung đội cơ động', 'Phường Đức Xuân');
    await page.getByRole('button', { name: 'Thêm thành viên', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm thành viên vào Trung đội cơ động' });
    const rows = dialog.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('Hà Văn Yên');
    await expect(rows.nth(1)).toContainText('Lê Văn Bảo');
    await expect(rows.nth(2)).toContainText('Trần Văn An');

    await dialog.getByRole('radio', { name: 'Hà Văn Yên' }).check();
    await expect(dialog.getByText(/không cư trú tại|ngoài độ tuổi/)).toHaveCount(0);
    await dialog.getByRole('radio', { name: 'Trần Văn An' }).check();
    await expect(dialog.getByText(/không cư trú tại Phường Đức Xuân/)).toBeVisible();
    await dialog.getByRole('radio', { name: 'Lê Văn Bảo' }).check();
    await expect(dialog.getByText(/ngoài độ tuổi tham gia dân quân/)).toBeVisible();
    await expect(dialog.getByText(/không cư trú tại/)).toHaveCount(0);

    // The eligible resident is added as before.
    await dialog.getByRole('radio', { name: 'Hà Văn Yên' }).check();
    await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
    await expect(dialog).toBeHidden();
  },
);

/**
 * What an earlier version of the program left for the people list no longer fits it: a filter since
 * renamed, a page past the end and a sort on a column that is gone. After a restart the list opens
 * with its defaults and a short notice, not empty with an error, and the stale memory is gone.
 */
test('remembered filters that no longer fit open the list with its defaults and a notice', async ({ page }) => {
  test.slow();
  await openScreen(page, 'Công dân');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  // The logged-in account's memory (its key holds the account id), as a program update found it.
  await page.evaluate(() => {
    const { localStorage } = globalThis as unknown as {
      localStorage: Record<string, string> & { getItem(k: string): string; setItem(k: string, v: string): void };
    };
    const key = Object.keys(localStorage).find((k) => k.startsWith('qsdp.memory.'))!;
    const memory = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
    memory['people.filters'] = { gender: 'F', archived: false };
    memory['people.paging'] = { page: 99, pageSize: 20 };
    memory['people.sort'] = { sort: 'age', order: 'desc' };
    localStorage.setItem(key, JSON.stringify(memory));
  });
  await page.reload();

  await openScreen(page, 'Công dân');
  await expect(page.getByText('Bộ lọc đã lưu không còn phù hợp, đã trở về mặc định.')).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await expect(activePage(page)).toHaveText('1');
  await expect(page.locator('.ant-alert-error')).toHaveCount(0);
  // The account's memory as stored now, read as the program reads it (each entry is JSON of its own).
  const stored = await page.evaluate(() => {
    const { localStorage } = globalThis as unknown as { localStorage: Record<string, string> };
    const key = Object.keys(localStorage).find((k) => k.startsWith('qsdp.memory.'))!;
    return JSON.parse(localStorage[key]!) as Record<string, unknown>;
  });
  expect(JSON.stringify(stored['people.filters'] ?? {})).not.toContain('gender');
  expect((stored['people.sort'] as { sort?: string } | undefined)?.sort).not.toBe('age');
  expect((stored['people.paging'] as { page?: number } | undefined)?.page ?? 1).not.toBe(99);
});

/**
 * Two campaigns of the demo office: the page chosen in one campaign's citizens is that campaign's
 * own; the other opens at its first page, and each is found as it was left, after a restart too.
 */
test('a campaign’s citizens keep their page per campaign', async ({ page }) => {
  test.slow();
  await openScreen(page, 'Tuyển quân');
  const campaignButtons = page.getByRole('button', { name: /^Tuyển quân năm \d{4}$/ });
  await expect(campaignButtons.first()).toBeVisible();
  const [first, second] = (await campaignButtons.allTextContents()).slice(0, 2) as [string, string];
  const openCitizens = async (title: string) => {
    await openScreen(page, 'Tuyển quân');
    const back = page.getByRole('button', { name: 'Các đợt tuyển quân' });
    if (await back.isVisible()) await back.click();
    await page.getByRole('button', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await page.getByRole('tab', { name: 'Công dân' }).click();
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  };

  await openCitizens(first);
  await page.locator('.ant-pagination-item').getByText('2', { exact: true }).click();
  await expect(activePage(page)).toHaveText('2');

  await openCitizens(second);
  await expect(activePage(page)).toHaveText('1');

  await openCitizens(first);
  await expect(activePage(page)).toHaveText('2');

  await page.reload();
  await openCitizens(second);
  await expect(activePage(page)).toHaveText('1');
  await openCitizens(first);
  await expect(activePage(page)).toHaveText('2');
});
