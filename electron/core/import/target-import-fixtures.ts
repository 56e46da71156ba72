/**
 * Workbooks for the conscription, militia and reservist imports, in the shape
 * offices keep them: the national motto and the list's title merged over the
 * columns, a blank row, then the header.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { Person, PersonPage } from '../people';
import type { ImportTarget } from './mapping';
import { inspect } from './people-import-fixtures';
import type { ImportCommitResult, ImportPreview } from './types';

export async function officeWorkbook(title: string, headers: string[], rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow([title]);
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.addRow([]);
  sheet.addRow(headers);
  rows.forEach((cells, i) => {
    const row = sheet.addRow([i + 1, ...cells]);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The office's sheet (`officeWorkbook`) read in by the wizard's first step; the token its later steps take. */
export async function inspectOfficeSheet(core: Core, title: string, headers: string[], rows: unknown[][]) {
  return (await inspect(core, await officeWorkbook(title, headers, rows))).token;
}

export async function previewTarget(
  core: Core,
  token: string,
  target: ImportTarget,
  options: Record<string, unknown> = {},
) {
  return call<ImportPreview>(core, 'import.preview', { token, target, pageSize: 500, ...options });
}

export async function commitTarget(
  core: Core,
  token: string,
  target: ImportTarget,
  options: Record<string, unknown> = {},
) {
  return call<ImportCommitResult>(core, 'import.commit', { token, target, ...options });
}

/** A commit refused because a row still has an error (IMPORT_HAS_ERRORS); the refusal's message. */
export async function refusedCommit(
  core: Core,
  token: string,
  target: ImportTarget,
  options: Record<string, unknown> = {},
): Promise<string> {
  const failed = await core.invoke('import.commit', { token, target, ...options });
  expect(failed).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_ERRORS' } });
  return failed.ok ? '' : failed.error.message;
}

/** A man already in the register before the import ("Lê Văn <givenName>"). */
export function addMan(core: Core, givenName: string, birthDate: string, citizenId: string): Promise<Person> {
  return call<Person>(core, 'people.create', {
    familyName: 'Lê',
    middleName: 'Văn',
    givenName,
    birthDate,
    sex: 'M',
    citizenId,
  });
}

/** How many people the register holds (an import may create some). */
export async function peopleTotal(core: Core): Promise<number> {
  return (await call<PersonPage>(core, 'people.list', { pageSize: 10 })).total;
}
