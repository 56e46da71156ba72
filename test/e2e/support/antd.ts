import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an antd Select the way a user does: open it, click the
 * visible option. (antd renders a virtual list; only its visible items are real,
 * and the ARIA options mirror just the active one, so we click the visible item.)
 */
export async function chooseOption(page: Page, combobox: Locator, optionText: string): Promise<void> {
  await combobox.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await dropdown.locator('.ant-select-item-option').getByText(optionText, { exact: true }).click();
  // Two lists may be closing at once (each select has its own): wait until none is left open.
  await expect(dropdown).toHaveCount(0);
}

/** Types into a searching antd Select and clicks the visible option that matches. */
export async function searchAndPick(page: Page, combobox: Locator, typed: string, option: RegExp | string) {
  await combobox.fill(typed);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .getByText(option)
    .click();
}

/**
 * Types a date into an antd DatePicker and confirms it with Enter, the way a clerk does; waits until
 * the calendar has opened before typing and has closed after, so it never covers the next field.
 */
export async function fillDate(page: Page, field: Locator, value: string): Promise<void> {
  const calendar = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  await field.click();
  await expect(calendar).toBeVisible();
  await field.fill(value);
  await field.press('Enter');
  await expect(calendar).toHaveCount(0);
}

/**
 * Ticks a radio button or checkbox by keyboard (focus, Space), as a keyboard user does. A mouse
 * click can miss while a just-opened dialog is still zooming in; the keyboard does not depend on
 * where the box is drawn.
 */
export async function tick(box: Locator): Promise<void> {
  await box.focus();
  await box.press(' ');
  await expect(box).toBeChecked();
}

/** A figure shown as an antd Statistic (a summary tab's or a drawer's), found by its title. */
export function statistic(scope: Page | Locator, title: string): Locator {
  return scope.locator('.ant-statistic').filter({ hasText: title });
}
