/**
 * Workbooks and register set-up for the people import tests (and the bench):
 * an office's list with two merged title rows above the header, written with exceljs.
 */
import ExcelJS from 'exceljs';
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { Locality } from '../localities';
import type { ImportCommitResult, ImportInspectResult, ImportPreview } from './types';

export const PEOPLE_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Thôn/Tổ',
  'Xã/Phường',
  'Nghề nghiệp',
];

/** One data row: name, birth (any cell value), sex, citizen ID, village, ward, occupation. */
export type PeopleRow = [string, unknown, string, string, string, string, string?];

export async function peopleWorkbook(rows: readonly PeopleRow[], headers = PEOPLE_HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow(['DANH SÁCH CÔNG DÂN']);
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.addRow([]);
  sheet.addRow(headers);
  rows.forEach(([name, birth, sex, id, village, ward, occupation], i) => {
    const row = sheet.addRow([i + 1, name, birth, sex, id, village, ward, occupation ?? '']);
    if (birth instanceof Date) row.getCell(3).numFmt = 'dd/mm/yyyy';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Phường Đức Xuân with its Tổ 7 and Tổ 8, and `extra` more villages ("Tổ 9"…) when asked. */
export async function seedLocalities(core: Core, extra = 0): Promise<Record<string, Locality>> {
  const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
  const byName: Record<string, Locality> = { [ward.name]: ward };
  for (let n = 7; n <= 8 + extra; n++) {
    const village = await call<Locality>(core, 'localities.create', {
      name: `Tổ ${n}`,
      kind: 'residential_group',
      parentId: ward.id,
    });
    byName[village.name] = village;
  }
  return byName;
}

export const toBase64 = (buffer: Buffer) => buffer.toString('base64');

export async function inspect(core: Core, buffer: Buffer, fileName = 'danh-sach.xlsx') {
  return call<ImportInspectResult>(core, 'import.inspect', { fileName, base64: toBase64(buffer) });
}

export async function preview(core: Core, token: string, options: Record<string, unknown> = {}) {
  return call<ImportPreview>(core, 'import.preview', { token, target: 'people', pageSize: 500, ...options });
}

export async function commit(core: Core, token: string, options: Record<string, unknown> = {}) {
  return call<ImportCommitResult>(core, 'import.commit', { token, target: 'people', ...options });
}

/** A valid 12-digit citizen ID for a man born in the 1900s (4th digit 0) or 2000s (2). */
export function maleId(birthYear: number, serial: number): string {
  const century = birthYear >= 2000 ? '2' : '0';
  return `001${century}${String(birthYear % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Khoa', 'Long', 'Minh', 'Nam', 'Phúc'];

/** `count` valid rows (date cells, unique IDs) in Tổ 7 / Tổ 8; `villageOf` may move a row elsewhere. */
export function largePeopleRows(count: number, villageOf = (i: number) => `Tổ ${7 + (i % 2)}`): PeopleRow[] {
  return Array.from({ length: count }, (_, i): PeopleRow => {
    const year = 1990 + (i % 10);
    const birth = new Date(Date.UTC(year, i % 12, 1 + (i % 28)));
    return [`Nguyễn Văn ${GIVEN[i % GIVEN.length]!}`, birth, 'Nam', maleId(year, i), villageOf(i), 'Đức Xuân'];
  });
}
