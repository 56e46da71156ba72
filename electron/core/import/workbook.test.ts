import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../kernel/errors';
import { normaliseName, parseCitizenIdCell, parseDateCell, parseSex, sexFromMarkColumns } from './cells';
import {
  LEGACY_NAMES,
  LEGACY_VILLAGES,
  OFFICE_DATES,
  OFFICE_HEADERS,
  OFFICE_ROWS,
  TITLE_1,
  legacyWorkbook,
  officeWorkbook,
  twoLevelHeaderWorkbook,
} from './test-fixtures';
import { findHeaderRow } from './header';
import { localityMatcher } from './locality-match';
import { cellInUnicode, duplicateValues, prepareSheet } from './prepare';
import { unicodeToTcvn3 } from './test-encoders';
import { readWorkbook } from './workbook';

async function prepared(buffer: Buffer, fileName = 'ds.xlsx', target: 'people' | 'militia' = 'people') {
  const book = await readWorkbook(buffer, fileName);
  const sheet = prepareSheet(book.sheets[0]!, target);
  if (!sheet) throw new Error('no header found');
  return { book, sheet };
}

describe('readWorkbook + findHeaderRow on an office list', () => {
  it('finds the header under two merged title rows and ignores blank rows at the end', async () => {
    const { book, sheet } = await prepared(await officeWorkbook());
    expect(book.sheets[0]!.name).toBe('DS công dân');
    // Merged title cells repeat their text across the row; the header is still row 4.
    expect(book.sheets[0]!.rows[0]![0]).toBe(TITLE_1);
    expect(sheet.header.index).toBe(3);
    expect(sheet.header.headers).toEqual(OFFICE_HEADERS);
    expect(sheet.rows).toHaveLength(OFFICE_ROWS.length);
    expect(sheet.rowNumbers).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(book.sheets[0]!.rows).toHaveLength(4 + OFFICE_ROWS.length);
  });

  it('gives formula cells their cached result', async () => {
    const { sheet } = await prepared(await officeWorkbook());
    expect(sheet.rows.map((row) => row[7])).toEqual(OFFICE_ROWS.map(() => 20));
  });

  it('maps the columns in their unusual order', async () => {
    const { sheet } = await prepared(await officeWorkbook());
    expect(sheet.mapping.map((m) => m.field)).toEqual([
      'citizenId',
      'sex',
      'fullName',
      'birthDate',
      'village',
      'commune',
      'ethnicity',
      null,
    ]);
  });

  it('parses every row to the known values: dates in each form, sex, names, localities, duplicate IDs', async () => {
    const { sheet } = await prepared(await officeWorkbook());
    const dates = sheet.rows.map((row) => {
      const cell = parseDateCell(row[3]);
      return cell.kind === 'date' ? cell.date : cell.kind;
    });
    expect(dates).toEqual(OFFICE_DATES);
    expect(sheet.rows.map((row) => parseSex(row[1]))).toEqual([
      { kind: 'sex', sex: 'M' },
      { kind: 'sex', sex: 'M' },
      { kind: 'sex', sex: 'F' },
      { kind: 'sex', sex: 'M' },
      { kind: 'sex', sex: 'F' },
      { kind: 'sex', sex: 'M' },
      { kind: 'sex', sex: 'M' },
      expect.objectContaining({ kind: 'error' }),
    ]);
    expect(normaliseName(sheet.rows[0]![2])).toBe('Nguyễn Văn An');
    expect(normaliseName(sheet.rows[1]![2])).toBe('Trần Văn Bình');
    const match = localityMatcher([
      { id: 'w1', name: 'Phường Đức Xuân' },
      { id: 'c1', name: 'Xã Dương Quang' },
    ]);
    expect(sheet.rows.map((row) => match(String(row[5])).kind)).toEqual([
      'match',
      'match',
      'match',
      'match',
      'match',
      'match',
      'match',
      'none',
    ]);
    expect(
      duplicateValues(
        sheet.rows.map((row) => row[0]!),
        sheet.rowNumbers,
      ),
    ).toEqual(new Map([['001204001234', [5, 9]]]));
    // The ID typed as a number lost its leading zeros; they come back, with a warning.
    expect(parseCitizenIdCell(sheet.rows[5]![0])).toMatchObject({ kind: 'id', citizenId: '001204001239' });
  });

  it('reads the same dates under TZ=Asia/Ho_Chi_Minh and TZ=UTC', async () => {
    const buffer = await officeWorkbook();
    const saved = process.env.TZ;
    const datesUnder = async (tz: string) => {
      process.env.TZ = tz;
      expect(new Date(Date.UTC(2004, 1, 5)).getTimezoneOffset()).toBe(tz === 'UTC' ? 0 : -420);
      const { sheet } = await prepared(buffer);
      return sheet.rows.map((row) => JSON.stringify(parseDateCell(row[3])));
    };
    try {
      const hcm = await datesUnder('Asia/Ho_Chi_Minh');
      const utc = await datesUnder('UTC');
      expect(hcm).toEqual(utc);
      expect(hcm[0]).toContain('2004-02-05');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('legacy-encoded sheets', () => {
  for (const encoding of ['tcvn3', 'vni'] as const) {
    it(`detects a ${encoding} sheet per column and converts its names, villages and header`, async () => {
      const { sheet } = await prepared(await legacyWorkbook(encoding), 'ds.xlsx', 'militia');
      expect(sheet.header.index).toBe(1);
      expect(sheet.encodings[1]).toBe(encoding);
      expect(sheet.encodings[3]).toBe(encoding);
      expect(sheet.rows.map((row) => cellInUnicode(row[1], sheet.encodings[1]!))).toEqual(LEGACY_NAMES);
      expect(sheet.rows.map((row) => cellInUnicode(row[3], sheet.encodings[3]!))).toEqual(LEGACY_VILLAGES);
      const sexes = sheet.rows.map((row) => parseSex(cellInUnicode(row[4], sheet.encodings[4]!)));
      expect(sexes.map((s) => (s.kind === 'sex' ? s.sex : s.kind))).toEqual(['M', 'F', 'M', 'M', 'F']);
      // The header was typed in the legacy encoding too: mapping works after conversion.
      expect(sheet.mapping.map((m) => m.field)).toEqual([null, 'fullName', 'birthYear', 'village', 'sex']);
    });
  }

  it('detects the encoding from the text alone when the font says nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('S');
    ws.addRow(['Họ và tên', 'Ngày sinh']);
    for (const name of LEGACY_NAMES) ws.addRow([unicodeToTcvn3(name), '01/01/2000']);
    const { sheet } = await prepared(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(sheet.encodings).toEqual(['tcvn3', 'ascii']);
  });
});

describe('two-level headers', () => {
  it('joins "Ngày sinh" over "Nam" | "Nữ" and reads the mark columns', async () => {
    const { sheet } = await prepared(await twoLevelHeaderWorkbook());
    expect(sheet.header.index).toBe(4);
    expect(sheet.header.headers).toEqual(['TT', 'Họ và tên', 'Ngày sinh Nam', 'Ngày sinh Nữ', 'Nơi ở hiện nay']);
    expect(sheet.mapping.map((m) => m.field)).toEqual([null, 'fullName', 'maleMark', 'femaleMark', 'address']);
    expect(sheet.rows.map((row) => sexFromMarkColumns(row[2], row[3]))).toEqual([
      { kind: 'sex', sex: 'M' },
      { kind: 'sex', sex: 'F' },
    ]);
  });
});

describe('merged cells in the data', () => {
  it('gives every row of a village merged down the column that village', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('S');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Thôn/Tổ']);
    ws.addRow(['Nguyễn Văn An', '01/01/2000', 'Tổ 7']);
    ws.addRow(['Lê Văn Bình', '02/01/2000', null]);
    ws.addRow(['Trần Văn Cường', '03/01/2000', 'Tổ 8']);
    ws.mergeCells(2, 3, 3, 3);
    const { sheet } = await prepared(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(sheet.rows.map((row) => row[2])).toEqual(['Tổ 7', 'Tổ 7', 'Tổ 8']);
  });
});

describe('file types', () => {
  it('refuses .xls (and an .xls renamed .xlsx) with one message telling to re-save as .xlsx', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const name of ['danh sach.xls', 'danh sach.xlsx']) {
      const error = await readWorkbook(ole, name).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('IMPORT_XLS_NOT_SUPPORTED');
      expect((error as ApiError).message).toContain('.xlsx');
      expect((error as ApiError).message).toContain('danh sach');
    }
  });

  it('refuses other types and damaged files', async () => {
    await expect(readWorkbook(Buffer.from('x'), 'a.pdf')).rejects.toMatchObject({ code: 'IMPORT_FILE_TYPE' });
    await expect(readWorkbook(Buffer.from('PK\u0003\u0004garbage'), 'a.xlsx')).rejects.toMatchObject({
      code: 'IMPORT_FILE_UNREADABLE',
    });
  });

  it('reads CSV in UTF-8 with and without BOM, with ";" separators and quoted fields', async () => {
    const text = 'Họ và tên;Ngày sinh;Ghi chú\r\nNguyễn Văn An;05/02/2004;"có ""dấu"" ; chấm phẩy"\r\n\r\n';
    for (const bytes of [
      Buffer.from(text, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ]) {
      const book = await readWorkbook(bytes, 'ds.csv');
      expect(book.sheets[0]!.rows).toEqual([
        ['Họ và tên', 'Ngày sinh', 'Ghi chú'],
        ['Nguyễn Văn An', '05/02/2004', 'có "dấu" ; chấm phẩy'],
      ]);
    }
  });

  it('reads CSV in Windows-1258 and in TCVN3 bytes', async () => {
    // "Nguyễn Văn An" in Windows-1258: ê + combining tilde (0xDE), ă = 0xE3.
    const cp1258 = Buffer.from([
      ...Buffer.from('Ho ten\r\nNguy'),
      0xea,
      0xde,
      ...Buffer.from('n V'),
      0xe3,
      ...Buffer.from('n An\r\n'),
    ]);
    expect((await readWorkbook(cp1258, 'a.csv')).sheets[0]!.rows[1]).toEqual(['Nguyễn Văn An']);
    const lines = LEGACY_NAMES.map((name, i) => `${unicodeToTcvn3(name)},${1990 + i}`);
    const tcvn3 = Buffer.from(`Ho ten,Nam sinh\r\n${lines.join('\r\n')}\r\n`, 'latin1');
    const sheet = prepareSheet((await readWorkbook(tcvn3, 'b.csv')).sheets[0]!, 'people');
    expect(sheet?.encodings[0]).toBe('tcvn3');
    expect(sheet?.rows.map((row) => cellInUnicode(row[0], 'tcvn3'))).toEqual(LEGACY_NAMES);
  });
});

describe('findHeaderRow', () => {
  it('returns null when no row names known columns', () => {
    expect(findHeaderRow([['abc'], ['def', 'ghi']])).toBeNull();
  });
});
