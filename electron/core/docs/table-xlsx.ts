import { type CellValue } from 'exceljs';
import { type Cell, type TableContent } from './table-content';
import {
  excelDate,
  longestLine,
  acrossRow,
  newWorkbook,
  printAsTable,
  sheetTabName,
  tableSheetTop,
  THIN_BORDER,
  workbookBytes,
  XLSX_DATE_FORMAT,
  XLSX_FONT,
} from './xlsx-sheet';

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
