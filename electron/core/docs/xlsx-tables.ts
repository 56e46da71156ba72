import { type CellValue } from 'exceljs';
import { type ListContent } from './list-page';
import { type Cell, type TableContent } from './table-content';
import { isGroupRow, type ListTable } from './list-table';
import {
  acrossRow,
  excelDate,
  longestLine,
  newWorkbook,
  printAsTable,
  sheetTabName,
  tableSheetTop,
  THIN_BORDER,
  workbookBytes,
  XLSX_DATE_FORMAT,
  XLSX_FONT,
} from './xlsx-sheet';

/*
 * A document's table as an .xlsx working copy, in the two shapes the documents describe their
 * tables: a TableContent (typed cells: dates and figures stay dates and numbers, widths fitted to
 * the content) and the conscription lists' ListTable (every cell the printed text, widths from the
 * .docx's column weights). Both on the house style of xlsx-sheet.ts.
 */

/** Column widths in characters: never narrower than a date, never wider than a long name needs. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 45;
const DATE_WIDTH = 12;

/** A cell's value as Excel keeps it: dates as date cells (excelDate), counts and shares as numbers. */
function excelValue(cell: Cell): CellValue {
  // An empty cell stays empty: no '' strings for a spreadsheet filter to trip over.
  if (cell === null || cell === '') return null;
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('date' in cell) return excelDate(cell.date);
  return cell.percent;
}

function displayLength(cell: Cell): number {
  if (cell === null) return 0;
  if (typeof cell === 'number') return String(cell).length;
  if (typeof cell === 'string') return longestLine(cell);
  return 'date' in cell ? DATE_WIDTH : 6;
}

/**
 * The document's table as an .xlsx workbook: the title and notes merged across the table, one
 * header row (frozen and repeated on print), group and total lines merged across the row, dates as
 * real date cells shown dd/mm/yyyy, counts and shares as numbers, widths fitted to the content.
 */
export async function tableContentXlsx(content: TableContent): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(sheetTabName(content.sheetName, 'Danh sách'));
  const { columns, rows } = content.table;
  const width = columns.length;

  const header = tableSheetTop(sheet, { ...content, headers: columns.map((c) => c.header) });

  const widths = columns.map((c) =>
    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...c.header.split(' ').map((w) => w.length))),
  );
  for (const row of rows) {
    if (row.kind === 'group' || row.kind === 'line') {
      acrossRow(sheet, row.text, width, {
        italic: row.kind === 'line',
        alignment: { indent: row.kind === 'group' && row.level === 2 ? 1 : 0 },
      });
      continue;
    }
    const added = sheet.addRow(columns.map((_, i) => excelValue(row.cells[i] ?? null)));
    columns.forEach((column, i) => {
      const value = row.cells[i] ?? null;
      const cell = added.getCell(i + 1);
      if (value !== null && typeof value === 'object')
        cell.numFmt = 'date' in value ? XLSX_DATE_FORMAT : value.decimals === 2 ? '0.00' : '0.0';
      else if (typeof value === 'string' && value !== '') cell.numFmt = '@';
      cell.font = { name: XLSX_FONT, size: 12, bold: row.kind === 'total' };
      cell.alignment = { horizontal: column.align ?? 'left', vertical: 'middle', wrapText: true };
      cell.border = THIN_BORDER;
      widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i] ?? MIN_WIDTH, displayLength(value) + 2));
    });
  }
  for (let i = 0; i < width; i++) sheet.getColumn(i + 1).width = widths[i] ?? MIN_WIDTH;

  printAsTable(sheet, width, header);
  return workbookBytes(workbook);
}

export interface XlsxTableInput extends ListTable {
  /** The list's title, printed on the first row ("DANH SÁCH CÔNG DÂN NHẬP NGŨ NĂM 2026"). */
  title: string;
  /** Lines under the title (totals, legal basis), one row each. */
  notes?: readonly string[];
  /** Sheet tab name; Excel allows 31 characters and no []:*?/\ . */
  sheetName?: string;
}

/** Column weights are millimetres in the .docx; Excel widths are in characters (~2 mm each at 12 pt). */
const MM_PER_CHAR = 2;

/**
 * The list's table as an .xlsx workbook, for offices that keep Excel copies: the title, the header
 * row (frozen and repeated when printed), group headings merged across the row, and every cell as
 * text — so a citizen ID keeps its leading zeros and a date is read as printed (dd/mm/yyyy).
 */
export async function tableToXlsx(input: XlsxTableInput): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(sheetTabName(input.sheetName ?? 'Danh sách', 'Danh sách'));
  const width = input.columns.length;
  sheet.columns = input.columns.map((c) => ({ width: Math.max(5, Math.round(c.weight / MM_PER_CHAR)) }));

  const header = tableSheetTop(sheet, {
    title: input.title,
    notes: input.notes ?? [],
    headers: input.columns.map((c) => c.header),
  });

  for (const row of input.rows) {
    if (isGroupRow(row)) {
      acrossRow(sheet, row.group, width, { italic: false, alignment: { wrapText: true } });
      continue;
    }
    const added = sheet.addRow(input.columns.map((_, i) => row[i] ?? ''));
    input.columns.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      cell.numFmt = '@';
      cell.font = { name: XLSX_FONT, size: 12 };
      cell.alignment = { horizontal: column.align ?? 'left', vertical: 'middle', wrapText: true };
      cell.border = THIN_BORDER;
    });
  }

  printAsTable(sheet, width, header);
  return workbookBytes(workbook);
}

/** A list's content (title, notes, table) as an .xlsx. */
export function contentToXlsx(content: ListContent): Promise<Buffer> {
  return tableToXlsx({ ...content.table, title: content.title, notes: content.notes, sheetName: content.sheetName });
}
