import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { calledUpRecords, campaign, deferredRecords } from '../../../../test/docs/conscription-fixtures';
import { calledUpListContent, calledUpListXlsx } from './called-up-list';
import { deferredListContent, deferredListXlsx } from './deferred-exempted-lists';
import { type ListContent } from '../../docs/list-page';
import { isGroupRow } from '../../docs/list-table';
import { tableToXlsx } from '../../docs/xlsx-tables';

async function readBack(buffer: Buffer) {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

/** The cells of row `n` as text, columns 1…width. */
function rowText(sheet: Awaited<ReturnType<typeof readBack>>, n: number, width: number): string[] {
  const row = sheet.getRow(n);
  return Array.from({ length: width }, (_, i) => String(row.getCell(i + 1).value ?? ''));
}

/** Title, notes, an empty row, the header row, then the table rows: what the docx prints too. */
async function expectSameAsContent(buffer: Buffer, content: ListContent) {
  const sheet = await readBack(buffer);
  const width = content.table.columns.length;
  expect(sheet.name).toBe(content.sheetName);
  expect(sheet.getCell(1, 1).value).toBe(content.title.toLocaleUpperCase('vi'));
  content.notes.forEach((note, i) => expect(sheet.getCell(2 + i, 1).value).toBe(note));
  const headerRow = 2 + content.notes.length + 1;
  expect(rowText(sheet, headerRow, width)).toEqual(content.table.columns.map((c) => c.header));
  content.table.rows.forEach((row, i) => {
    const n = headerRow + 1 + i;
    if (isGroupRow(row)) {
      expect(sheet.getCell(n, 1).value).toBe(row.group);
      // Merged across the row: the last cell's master is the first.
      expect(sheet.getCell(n, width).master.address).toBe(sheet.getCell(n, 1).address);
    } else {
      expect(rowText(sheet, n, width)).toEqual([...row]);
    }
  });
  expect(sheet.rowCount).toBe(headerRow + content.table.rows.length);
  return sheet;
}

describe('tableToXlsx', () => {
  it('writes the called-up list exactly as its table, citizen IDs as text with their zeros', async () => {
    const input = { campaign, records: calledUpRecords() };
    const sheet = await expectSameAsContent(await calledUpListXlsx(input), calledUpListContent(input));
    const idCell = sheet.getCell(8, 4); // title, 3 notes (quota, counts, units), a blank row, the header, a group row
    expect(typeof idCell.value).toBe('string');
    expect(String(idCell.value)).toMatch(/^006\d{9}$/);
    expect(sheet.getCell(1, 1).value).toBe(
      'DANH SÁCH CÔNG DÂN NHẬP NGŨ VÀ THỰC HIỆN NGHĨA VỤ THAM GIA CÔNG AN NHÂN DÂN NĂM 2026',
    );
    expect(sheet.name).toBe('Nhập ngũ 2026');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
  });

  it('writes the deferred list with its point headings', async () => {
    const input = { campaign, records: deferredRecords() };
    const sheet = await expectSameAsContent(await deferredListXlsx(input), deferredListContent(input));
    expect(String(sheet.getCell(6, 1).value)).toMatch(/^Điểm a – /);
  });

  it('cleans a sheet name Excel would refuse', async () => {
    const sheet = await readBack(
      await tableToXlsx({
        title: 'Thử',
        sheetName: 'Danh sách [nháp]: 2026/01 có tên rất dài vượt quá giới hạn',
        columns: [{ header: 'A', weight: 20 }],
        rows: [['1']],
      }),
    );
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
  });
});
