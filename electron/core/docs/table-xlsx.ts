import { Workbook, type Borders, type CellValue, type PaperSize, type Worksheet } from 'exceljs';
import { parseIsoDate } from '../shared/dates';
import { type Cell, type TableContent } from './table-content';

const FONT = 'Times New Roman';
const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};
/** Excel's paper code for A4 (an ambient const enum in exceljs's types, so the number itself). */
const A4_PAPER = 9 as PaperSize;
const DATE_FORMAT = 'dd/mm/yyyy';
/** Column widths in characters: never narrower than a date, never wider than a long name needs. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 45;
const DATE_WIDTH = 12;

function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Danh sách'
  );
}

/**
 * A date as Excel stores it: midnight UTC of that calendar day, so the cell shows the same day on
 * every PC whatever its time zone.
 */
function excelValue(cell: Cell): CellValue {
  // An empty cell stays empty: no '' strings for a spreadsheet filter to trip over.
  if (cell === null || cell === '') return null;
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('date' in cell) {
    const d = parseIsoDate(cell.date);
    return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : cell.date;
  }
  return cell.percent;
}

function displayLength(cell: Cell): number {
  if (cell === null) return 0;
  if (typeof cell === 'number') return String(cell).length;
  if (typeof cell === 'string') return Math.max(...cell.split('\n').map((line) => line.length));
  return 'date' in cell ? DATE_WIDTH : 6;
}

function mergedLine(sheet: Worksheet, text: string, width: number, font: { bold?: boolean; italic?: boolean }) {
  const row = sheet.addRow([text]);
  if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
  const cell = row.getCell(1);
  cell.font = { name: FONT, size: 13, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return row;
}

/**
 * The document's table as an .xlsx workbook: the title and notes merged across the table, one
 * header row (frozen and repeated on print), group and total lines merged across the row, dates as
 * real date cells shown dd/mm/yyyy, counts and shares as numbers, widths fitted to the content.
 */
export async function tableContentXlsx(content: TableContent): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'QSĐP';
  const sheet = workbook.addWorksheet(sheetName(content.sheetName));
  const { columns, rows } = content.table;
  const width = columns.length;

  mergedLine(sheet, content.title.toLocaleUpperCase('vi'), width, { bold: true });
  for (const note of content.notes) mergedLine(sheet, note, width, { italic: true });
  sheet.addRow([]);

  const header = sheet.addRow(columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });

  const widths = columns.map((c) =>
    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...c.header.split(' ').map((w) => w.length))),
  );
  for (const row of rows) {
    if (row.kind === 'group' || row.kind === 'line') {
      const added = sheet.addRow([row.text]);
      sheet.mergeCells(added.number, 1, added.number, width);
      const cell = added.getCell(1);
      cell.font = { name: FONT, size: 12, bold: true, italic: row.kind === 'line' };
      cell.alignment = {
        horizontal: 'left',
        vertical: 'middle',
        indent: row.kind === 'group' && row.level === 2 ? 1 : 0,
      };
      cell.border = THIN;
      continue;
    }
    const added = sheet.addRow(columns.map((_, i) => excelValue(row.cells[i] ?? null)));
    columns.forEach((column, i) => {
      const value = row.cells[i] ?? null;
      const cell = added.getCell(i + 1);
      if (value !== null && typeof value === 'object')
        cell.numFmt = 'date' in value ? DATE_FORMAT : value.decimals === 2 ? '0.00' : '0.0';
      else if (typeof value === 'string' && value !== '') cell.numFmt = '@';
      cell.font = { name: FONT, size: 12, bold: row.kind === 'total' };
      cell.alignment = { horizontal: column.align ?? 'left', vertical: 'middle', wrapText: true };
      cell.border = THIN;
      widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i] ?? MIN_WIDTH, displayLength(value) + 2));
    });
  }
  for (let i = 0; i < width; i++) sheet.getColumn(i + 1).width = widths[i] ?? MIN_WIDTH;

  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup = {
    paperSize: A4_PAPER,
    orientation: width > 8 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${header.number}:${header.number}`,
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
