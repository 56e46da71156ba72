import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { tick } from './antd';
import { expect } from './fixtures';

/** A list as offices keep them: a merged title row (when given) above the header row, then the data rows. */
export interface OfficeList {
  fileName: string;
  sheetName: string;
  title?: string;
  header: string[];
  rows: unknown[][];
}

/** Writes the list as an .xlsx file in a fresh temp folder and returns its path. */
export async function writeOfficeList(list: OfficeList): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(list.sheetName);
  if (list.title) {
    sheet.addRow([list.title]);
    sheet.mergeCells(1, 1, 1, list.header.length);
  }
  sheet.addRow(list.header);
  for (const row of list.rows) sheet.addRow(row);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'qsdp-import-')), list.fileName);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Clicks the open screen's "Nhập từ Excel" and returns the import wizard. */
export async function openImportWizard(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  return page.getByRole('dialog', { name: 'Nhập danh sách từ tệp Excel' });
}

/** The wizard's "Tiếp tục" to the next step. */
export async function nextStep(wizard: Locator): Promise<void> {
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
}

/**
 * Kiểm tra step: the one row in error is ticked "Bỏ qua dòng N" (N: its line in the sheet), and the
 * count of rows in error drops from 1 to 0.
 */
export async function skipTheErrorRow(wizard: Locator, row: Locator, line: number): Promise<void> {
  await expect(wizard.getByRole('tab', { name: 'Có lỗi (1)' })).toBeVisible();
  await tick(row.getByRole('checkbox', { name: `Bỏ qua dòng ${line}` }));
  await expect(wizard.getByRole('tab', { name: 'Có lỗi (0)' })).toBeVisible();
}
