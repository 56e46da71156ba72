import { Workbook, type Borders, type PaperSize, type Worksheet } from 'exceljs';
import { type ListContent } from './list-page';
import { isGroupRow, type ListTable } from './list-table';

export interface XlsxTableInput extends ListTable {
  /** The list's title, printed on the first row ("DANH SÁCH CÔNG DÂN NHẬP NGŨ NĂM 2026"). */
  title: string;
  /** Lines under the title (totals, legal basis), one row each. */
  notes?: readonly string[];
  /** Sheet tab name; Excel allows 31 characters and no []:*?/\ . */
  sheetName?: string;
}

const FONT = 'Times New Roman';
const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};
/** Column weights are millimetres in the .docx; Excel widths are in characters (~2 mm each at 12 pt). */
const MM_PER_CHAR = 2;
/** Excel's paper code for A4 (an ambient const enum in exceljs's types, so the number itself). */
const A4_PAPER = 9 as PaperSize;

function sheetName(name: string | undefined): string {
  const clean = (name ?? 'Danh sách').replace(/[[\]:*?/\\]/g, ' ').trim();
  return clean.slice(0, 31) || 'Danh sách';
}

function mergedLine(sheet: Worksheet, text: string, width: number, options: { bold?: boolean; italic?: boolean }) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  const cell = row.getCell(1);
  cell.font = { name: FONT, size: 13, bold: options.bold ?? false, italic: options.italic ?? false };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return row;
}

/**
 * The list's table as an .xlsx workbook, for offices that keep Excel copies: the title, the header
 * row (frozen and repeated when printed), group headings merged across the row, and every cell as
 * text — so a citizen ID keeps its leading zeros and a date is read as printed (dd/mm/yyyy).
 */
export async function tableToXlsx(input: XlsxTableInput): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'QSĐP';
  const sheet = workbook.addWorksheet(sheetName(input.sheetName));
  const width = input.columns.length;
  sheet.columns = input.columns.map((c) => ({ width: Math.max(5, Math.round(c.weight / MM_PER_CHAR)) }));

  mergedLine(sheet, input.title.toLocaleUpperCase('vi'), width, { bold: true });
  for (const note of input.notes ?? []) mergedLine(sheet, note, width, { italic: true });
  sheet.addRow([]);

  const header = sheet.addRow(input.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });

  for (const row of input.rows) {
    if (isGroupRow(row)) {
      const added = sheet.addRow([row.group]);
      sheet.mergeCells(added.number, 1, added.number, width);
      const cell = added.getCell(1);
      cell.font = { name: FONT, size: 12, bold: true };
      cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
      cell.border = THIN;
      continue;
    }
    const added = sheet.addRow(input.columns.map((_, i) => row[i] ?? ''));
    input.columns.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      cell.numFmt = '@';
      cell.font = { name: FONT, size: 12 };
      cell.alignment = { horizontal: column.align ?? 'left', vertical: 'middle', wrapText: true };
      cell.border = THIN;
    });
  }

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

/** A list's content (title, notes, table) as an .xlsx. */
export function contentToXlsx(content: ListContent): Promise<Buffer> {
  return tableToXlsx({ ...content.table, title: content.title, notes: content.notes, sheetName: content.sheetName });
}
