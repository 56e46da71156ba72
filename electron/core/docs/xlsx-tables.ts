import { type ListContent } from './list-page';
import { isGroupRow, type ListTable } from './list-table';
import {
  acrossRow,
  newWorkbook,
  printAsTable,
  sheetTabName,
  tableSheetTop,
  THIN_BORDER,
  workbookBytes,
  XLSX_FONT,
} from './xlsx-sheet';

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
