import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Person, PersonPage } from '../people/schema';
import { commit, inspect, maleId, preview, seedLocalities } from './people-import-fixtures';
import { isSignatureText } from './table-end';

let core: TestCore;
useTestCore(async (c) => {
  core = c;
  await seedLocalities(core);
});

/** An office's list as it is printed: title, header, people, then the signature block under a blank row. */
async function officeSheet(headers: string[], rows: unknown[][], tail: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH CÔNG DÂN']);
  sheet.addRow(headers);
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row]));
  tail.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const SIGNATURES = [
  [],
  ['', '', '', '', 'Đức Xuân, ngày 05 tháng 12 năm 2026'],
  ['', 'Người lập biểu', '', '', 'CHỈ HUY TRƯỞNG'],
  ['', '(Ký, ghi rõ họ tên)', '', '', '(Ký, ghi rõ họ tên)'],
  [],
  [],
  ['', 'Nguyễn Thị Lập', '', '', 'Hoàng Văn Trưởng'],
];

const HEADERS = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Địa chỉ'];
const ROWS = [
  ['Nguyễn Văn An', '05/02/2004', 'Nam', maleId(2004, 1), 'Tổ 7, Phường Đức Xuân'],
  ['Trần Văn Bình', '10/03/2004', 'Nam', maleId(2004, 2), 'Số 5, to 8, phuong duc xuan, TP Bắc Kạn'],
  ['Lê Văn Cường', '11/04/2004', 'Nam', maleId(2004, 3), 'TỔ 7, P. ĐỨC XUÂN'],
];

describe('an office’s own sheet', () => {
  it('stops at the signature block: the date line, "Người lập biểu", "CHỈ HUY TRƯỞNG" and the names are not rows', async () => {
    const { token, sheets } = await inspect(core, await officeSheet(HEADERS, ROWS, SIGNATURES));
    expect(sheets[0]).toMatchObject({ headerRowNumber: 2, dataRowCount: 3 });
    const result = await preview(core, token);
    expect(result.summary).toMatchObject({ rows: 3, ok: 3, withErrors: 0 });
    expect(result.errorRows).toEqual([]);
  });

  it('reads on past a village heading between groups of people: a sheet is never cut short', async () => {
    const more = [
      [],
      ['Thôn Nà Pài'],
      [4, 'Phạm Văn Dũng', '12/05/2004', 'Nam', maleId(2004, 4), 'Tổ 7, Phường Đức Xuân'],
      [5, 'Vũ Văn Em', '13/06/2004', 'Nam', maleId(2004, 5), 'Tổ 8, Phường Đức Xuân'],
    ];
    const { sheets } = await inspect(core, await officeSheet(HEADERS, ROWS, [...more, ...SIGNATURES]));
    expect(sheets[0]).toMatchObject({ dataRowCount: 5 });
  });

  it('reads the ward and village out of an address column, ignoring case and diacritics', async () => {
    const { token } = await inspect(core, await officeSheet(HEADERS, ROWS, SIGNATURES));
    const result = await preview(core, token);
    expect(result.columns.map((c) => c.field)).toEqual([null, 'fullName', 'birthDate', 'sex', 'citizenId', 'address']);
    expect(result.rows.map((r) => [r.values.localityName, r.values.address])).toEqual([
      ['Tổ 7, Phường Đức Xuân', ''],
      ['Tổ 8, Phường Đức Xuân', 'Số 5'],
      ['Tổ 7, Phường Đức Xuân', ''],
    ]);
    await commit(core, token);
    const people = (await call<PersonPage>(core, 'people.list', { pageSize: 50 })).rows as Person[];
    expect(people.map((p) => `${p.localityName}, ${p.localityParentName}`).sort()).toEqual([
      'Tổ 7, Phường Đức Xuân',
      'Tổ 7, Phường Đức Xuân',
      'Tổ 8, Phường Đức Xuân',
    ]);
  });

  it('reads the program’s own "Địa bàn" column, and offers to create only what reads as a place', async () => {
    const headers = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh (CCCD) / CMND', 'Địa bàn'];
    const rows = [
      ['Nguyễn Văn An', '05/02/2004', 'Nam', maleId(2004, 1), 'Tổ 7, Phường Đức Xuân'],
      ['Trần Văn Bình', '10/03/2004', 'Nam', maleId(2004, 2), 'Tổ 9, Phường Đức Xuân'],
      ['Lê Văn Cường', '11/04/2004', 'Nam', maleId(2004, 3), 'CHỈ HUY TRƯỞNG'],
      ['Phạm Văn Dũng', '12/05/2004', 'Nam', maleId(2004, 4), 'Tổ 1, Xã Tân Lập'],
    ];
    const { token } = await inspect(core, await officeSheet(headers, rows, []));
    const result = await preview(core, token);
    expect(result.columns[5]!.field).toBe('locality');
    const [an, binh, cuong, dung] = result.rows;
    expect(an!.values.localityName).toBe('Tổ 7, Phường Đức Xuân');
    expect(binh!.errors).toEqual([
      expect.objectContaining({ field: 'village', code: 'unknownLocality', value: 'Tổ 9' }),
    ]);
    expect(cuong!.errors).toHaveLength(1);
    expect(cuong!.errors[0]!.code).toBeUndefined();
    expect(dung!.errors).toEqual([
      expect.objectContaining({ field: 'commune', code: 'unknownLocality', value: 'Xã Tân Lập' }),
    ]);
    expect(result.errorRows).toEqual([4, 5, 6]);
  });

  it('never takes a signature line for a place, nor a place for a signature line', () => {
    for (const text of ['CHỈ HUY TRƯỞNG', 'Người lập biểu', 'TM. ỦY BAN NHÂN DÂN', 'Ngày … tháng … năm 2026'])
      expect(isSignatureText(text), text).toBe(true);
    for (const text of ['Phường Đức Xuân', 'Tổ 7', 'Nguyễn Văn An', 'Thôn Nà Pài'])
      expect(isSignatureText(text), text).toBe(false);
  });
});
