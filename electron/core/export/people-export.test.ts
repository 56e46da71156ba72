import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import type { ExportedFile } from './people-export';
import { officeWithCommander, setOffice } from '../office/test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

let serial = 0;
async function addPerson(fullName: string, birthDate: string, sex: 'M' | 'F', extra: Record<string, unknown> = {}) {
  const words = fullName.split(' ');
  const digit = (Math.floor(Number(birthDate.slice(0, 4)) / 100) - 19) * 2 + (sex === 'F' ? 1 : 0);
  await call(core, 'people.create', {
    familyName: words[0],
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1],
    birthDate,
    sex,
    citizenId: `006${digit}${birthDate.slice(2, 4)}${String(++serial).padStart(6, '0')}`,
    ...extra,
  });
}

async function readBack(file: ExportedFile) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

function rowTexts(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

describe('people.export', () => {
  it('writes the filtered, sorted list with the office, the day, Vietnamese headers and real date cells', async () => {
    const office = { name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN', parentBody: 'BAN CHQS THÀNH PHỐ BẮC KẠN', placeName: 'Bắc Kạn' };
    await setOffice(core, officeWithCommander({ ...office, rank: 'Đại uý' }));
    const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    const village = await call<Locality>(core, 'localities.create', {
      name: 'Tổ 7',
      kind: 'residential_group',
      parentId: ward.id,
    });
    await addPerson('Nguyễn Văn An', '2004-02-05', 'M', { localityId: village.id });
    await addPerson('Trần Thị Bình', '2005-12-31', 'F', { localityId: village.id });
    await addPerson('Lê Văn Cường', '1990-01-01', 'M');

    const file = await call<ExportedFile>(core, 'people.export', {
      birthYearFrom: 2000,
      sort: 'birthDate',
      order: 'desc',
    });
    expect(file.fileName).toBe('Danh sách công dân 2026-11-27.xlsx');
    expect(file.count).toBe(2);
    const sheet = await readBack(file);
    const rows = rowTexts(sheet);
    expect(rows[0]![0]).toBe('DANH SÁCH CÔNG DÂN');
    expect(rows[1]![0]).toBe('BAN CHQS PHƯỜNG ĐỨC XUÂN — Ngày xuất: 27/11/2026 — 2 dòng');
    expect(rows[2]![0]).toBe('Lọc theo: năm sinh 2000–…');
    const headerRow = rows.findIndex((r) => r?.[0] === 'STT');
    expect(rows[headerRow]!.slice(0, 6)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số định danh (CCCD) / CMND',
      'Địa bàn',
    ]);
    // Sorted by birth date, newest first; the 1990 person is filtered out.
    const data = rows.slice(headerRow + 1);
    expect(data.map((r) => r[1])).toEqual(['Trần Thị Bình', 'Nguyễn Văn An']);
    expect(data[0]![3]).toBe('Nữ');
    expect(data[0]![5]).toBe('Tổ 7, Phường Đức Xuân');
    // A real date cell (midnight UTC of the day), shown dd/mm/yyyy.
    const dateCell = sheet.getRow(headerRow + 2).getCell(3);
    expect(dateCell.value).toEqual(new Date(Date.UTC(2005, 11, 31)));
    expect(dateCell.numFmt).toBe('dd/mm/yyyy');
    // Widths fitted: the name column is wider than the number column.
    expect(sheet.getColumn(2).width!).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it('leaves a row in the audit trail: who exported which list, filtered how, how many rows', async () => {
    await addPerson('Nguyễn Văn An', '2004-02-05', 'M');
    await addPerson('Lê Văn Cường', '1990-01-01', 'M');
    await call(core, 'people.export', { birthYearFrom: 2000 });
    const trail = await call<{ rows: Array<{ action: string; entity: string; actor: string; after: unknown }> }>(
      core,
      'audit.list',
      { entity: 'list_export' },
    );
    expect(trail.rows).toHaveLength(1);
    expect(trail.rows[0]).toMatchObject({ entity: 'list_export', actor: 'tester' });
    expect(JSON.stringify(trail.rows[0]!.after)).toContain('"count":1');
  });

  it('exports every row, beyond the list page size', async () => {
    for (let i = 0; i < 205; i++) await addPerson(`Phạm Văn Số${i}`, '2001-06-15', 'M');
    const file = await call<ExportedFile>(core, 'people.export', {});
    expect(file.count).toBe(205);
    const sheet = await readBack(file);
    expect(sheet.actualRowCount).toBeGreaterThanOrEqual(205 + 3);
  });

  it('rejects paging and unknown filters like any API input', async () => {
    await expect(call(core, 'people.export', { page: 2 })).rejects.toThrow(/VALIDATION_FAILED/);
  });

  it('refuses a birth-year range that ends before it starts, as the list does', async () => {
    const reversed = { birthYearFrom: 2005, birthYearTo: 2000 };
    await expect(call(core, 'people.list', reversed)).rejects.toThrow(/birthYearTo/);
    await expect(call(core, 'people.export', reversed)).rejects.toThrow(/birthYearTo/);
  });
});
