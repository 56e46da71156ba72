import { Workbook, type Alignment, type Borders, type Cell, type PaperSize, type Row, type Worksheet } from 'exceljs';
import { parseIsoDate } from '../shared/dates';

/**
 * The house style of every .xlsx the program writes (a document's table, a screen's list, the
 * audit trail): one font, thin borders, sheet tab names Excel accepts, dates as real date cells
 * and the header row's look. The writers differ in what they lay out, not in these.
 */
export const XLSX_FONT = 'Times New Roman';
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';
export const THIN_BORDER: Partial<Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};
/** Excel's paper code for A4 (an ambient const enum in exceljs's types, so the number itself). */
const A4_PAPER = 9 as PaperSize;

/** A workbook signed as the program's. */
export function newWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'QSĐP';
  return workbook;
}

export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet tab's name as Excel allows it: 31 characters at most, none of []:*?/\ ; `fallback` if nothing is left. */
export function sheetTabName(name: string, fallback: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || fallback
  );
}

/**
 * An ISO date as Excel stores it: midnight UTC of that calendar day (exceljs converts a Date with
 * getTime(), which is zone-free), so every PC shows the same day whatever its time zone. A value
 * that is not an ISO date stays the text it was.
 */
export function excelDate(iso: string): Date | string {
  const d = parseIsoDate(iso);
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : iso;
}

/** How many characters the longest line of a cell's text has ("\n" breaks a line). */
export function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

/** A line of text (a title, a note) merged across the table's width and centred, 13 pt. */
function mergedLine(sheet: Worksheet, text: string, width: number, font: { bold?: boolean; italic?: boolean }) {
  const row = sheet.addRow([text]);
  if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
  const cell = row.getCell(1);
  cell.font = { name: XLSX_FONT, size: 13, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return row;
}

/**
 * The header row's cells: bold, centred and wrapped, 12 pt unless `size` says otherwise (null: the
 * sheet's default), bordered on a printed table.
 */
export function styleHeaderRow(row: Row, look: { size?: number | null; border: boolean }): void {
  const size = look.size === undefined ? 12 : look.size;
  row.eachCell((cell: Cell) => {
    cell.font = size === null ? { name: XLSX_FONT, bold: true } : { name: XLSX_FONT, size, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (look.border) cell.border = THIN_BORDER;
  });
}

/**
 * A document table's first rows: the title in capitals and the notes merged across the table, a
 * blank row, then the bordered header row, which it returns.
 */
export function tableSheetTop(
  sheet: Worksheet,
  top: { title: string; notes: readonly string[]; headers: readonly string[] },
): Row {
  const width = top.headers.length;
  mergedLine(sheet, top.title.toLocaleUpperCase('vi'), width, { bold: true });
  for (const note of top.notes) mergedLine(sheet, note, width, { italic: true });
  sheet.addRow([]);
  const header = sheet.addRow([...top.headers]);
  styleHeaderRow(header, { border: true });
  return header;
}

/** A line across the table's width (a group heading, a group's total): one merged, bordered cell, bold 12 pt. */
export function acrossRow(
  sheet: Worksheet,
  text: string,
  width: number,
  look: { italic: boolean; alignment: Partial<Alignment> },
): void {
  const added = sheet.addRow([text]);
  sheet.mergeCells(added.number, 1, added.number, width);
  const cell = added.getCell(1);
  cell.font = { name: XLSX_FONT, size: 12, bold: true, italic: look.italic };
  cell.alignment = { horizontal: 'left', vertical: 'middle', ...look.alignment };
  cell.border = THIN_BORDER;
}

/**
 * A document's table as Excel prints it: frozen under the header row; A4, as wide as the page
 * (landscape past eight columns), as many pages long as it takes, the header row repeated on each.
 */
export function printAsTable(sheet: Worksheet, width: number, header: Row): void {
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup = {
    paperSize: A4_PAPER,
    orientation: width > 8 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${header.number}:${header.number}`,
  };
}
