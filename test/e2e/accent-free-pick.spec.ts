import type { Locator, Page } from '@playwright/test';
import { demoTest as test, expect } from './support/fixtures';
import { nextStep, openImportWizard, writeOfficeList } from './support/imports';
import { openScreen } from './support/office';

/** The open drop-down (each Select has its own; closed ones stay in the page, hidden). */
const openList = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/**
 * Types into a picker the way a clerk in a hurry does (no accents, lower case) and picks the one
 * option the folded text finds; the picker then shows the option's accented label.
 */
async function typeAndPick(page: Page, picker: Locator, typed: string, option: string): Promise<void> {
  await picker.click();
  await picker.pressSequentially(typed);
  const found = openList(page).locator('.ant-select-item-option').getByText(option, { exact: true });
  await expect(found).toBeVisible();
  await found.click();
  await expect(openList(page)).toHaveCount(0);
}

/** A single Select's box, which shows the chosen option's label. */
const chosen = (picker: Locator) =>
  picker.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');

/**
 * Issue 19 §2: typed without diacritics, each picker finds its option, on six pickers of five
 * screens of the demo office — the people list's Địa bàn filter, the new person's Địa bàn, the
 * militia list's ward filter, the reservists' CNQS filter, the import wizard's field mapping and the
 * staff dialog's rank suggestions — and a text nothing matches says so and stays in the box on Enter.
 */
test('pickers find their options typed without diacritics, and an empty match says so and keeps the text', async ({
  page,
}) => {
  test.slow();

  // The people list: the Địa bàn filter, and the same list of places in the new person's form.
  await openScreen(page, 'Công dân');
  const locality = page.getByRole('combobox', { name: 'Địa bàn' });
  await typeAndPick(page, locality, 'duc xuan', 'Phường Đức Xuân');
  await expect(chosen(locality)).toContainText('Phường Đức Xuân');
  await expect(page.getByRole('row', { name: /Đức Xuân/ }).first()).toBeVisible();

  // A text no place matches: the list says what to do, and Enter leaves the text where it was.
  await page.getByRole('button', { name: 'Thêm công dân' }).click();
  const person = page.getByRole('dialog', { name: 'Thêm công dân', exact: true });
  const personPlace = person.getByLabel('Địa bàn');
  await personPlace.click();
  await personPlace.pressSequentially('duc xuat');
  const notFound = openList(page).getByText(
    'Không tìm thấy "duc xuat" — kiểm tra lại chính tả hoặc gõ không dấu (ví dụ "duc xuan").',
  );
  await expect(notFound).toBeVisible();
  await personPlace.press('Enter');
  await expect(personPlace).toHaveValue('duc xuat');
  await expect(notFound).toBeVisible();
  // Corrected, the same box finds the place.
  await personPlace.press('Backspace');
  await personPlace.press('Backspace');
  await personPlace.pressSequentially('an');
  await openList(page).locator('.ant-select-item-option').getByText('Phường Đức Xuân', { exact: true }).click();
  await expect(chosen(personPlace)).toContainText('Phường Đức Xuân');
  await person
    .getByRole('button', { name: /^(Hủy|Hủy bỏ|Đóng)$/ })
    .first()
    .click();
  await expect(person).toBeHidden();

  // The militia list: its ward filter.
  await openScreen(page, 'Dân quân tự vệ', 'Danh sách');
  const ward = page.getByRole('combobox', { name: 'Phường, xã' });
  await typeAndPick(page, ward, 'xuat hoa', 'Phường Xuất Hóa');
  await expect(page.getByRole('row', { name: /Xuất Hóa/ }).first()).toBeVisible();

  // The reservists: the CNQS (military specialty) filter.
  await openScreen(page, 'Quân nhân dự bị', 'Danh sách');
  // The specialty filter is one of the list's further filters, behind "Thêm bộ lọc".
  await page.getByRole('button', { name: 'Thêm bộ lọc' }).click();
  await typeAndPick(page, page.getByRole('combobox', { name: 'CNQS' }), 'bo binh', 'M-101 – Bộ binh (mẫu)');
  await expect(page.getByRole('row', { name: /M-101/ }).first()).toBeVisible();

  // The import wizard: a column mapped to a field typed without accents.
  const file = await writeOfficeList({
    fileName: 'to-3.xlsx',
    sheetName: 'Tổ 3',
    header: ['Họ và tên', 'Ngày sinh', 'Cột lạ'],
    rows: [['Nguyễn Văn Bình', '05/02/2004', 'x']],
  });
  await openScreen(page, 'Công dân');
  const wizard = await openImportWizard(page);
  await wizard.locator('input[type="file"]').setInputFiles(file);
  await nextStep(wizard);
  const mapping = wizard.getByRole('combobox', { name: 'Ghép cột "Cột lạ" vào' });
  await typeAndPick(page, mapping, 'ghi chu', 'Ghi chú');
  await expect(chosen(mapping)).toContainText('Ghi chú');
  await wizard
    .getByRole('button', { name: /^(Hủy|Hủy bỏ|Đóng)$/ })
    .first()
    .click();
  await expect(wizard).toBeHidden();

  // The staff dialog: rank suggestions (an auto-complete) typed without accents.
  await openScreen(page, 'Cài đặt', 'Cán bộ cơ quan');
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const staff = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  const rank = staff.getByLabel('Cấp bậc');
  await rank.pressSequentially('thuong ta');
  await openList(page).locator('.ant-select-item-option').getByText('Thượng tá', { exact: true }).click();
  await expect(rank).toHaveValue('Thượng tá');
});
