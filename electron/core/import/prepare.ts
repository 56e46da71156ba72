/**
 * The first steps of an import, put together: from a sheet read by
 * `readWorkbook` to its header, a proposed mapping, the layout key, the data
 * rows (with their row numbers in Excel) and each column's text encoding.
 * The wizard shows this, lets the user change mapping and encodings, then
 * parses the cells (./cells.ts) into rows to check.
 */
import { findHeaderRow, type HeaderRow } from './header';
import { dataFollows, endsTable } from './table-end';
import { convertToUnicode, detectColumnEncoding, type TextEncoding } from './legacy-encoding';
import { layoutKey, proposeMapping, type ColumnMapping, type ImportTarget } from './mapping';
import type { CellValue, SheetData } from './workbook';

export interface PreparedSheet {
  header: HeaderRow;
  mapping: ColumnMapping[];
  layoutKey: string;
  /** Data rows below the header, blank rows and the signature block under the table left out. */
  rows: CellValue[][];
  /** The Excel row number (1-based) of each data row, for messages ("dòng 19"). */
  rowNumbers: number[];
  /** Per column: how its text is encoded; the user may override a column. */
  encodings: TextEncoding[];
}

/** A legacy font settles the question for its column: ".VnTime", ".VnArialH" are TCVN3; "VNI-Times" is VNI. */
export function encodingFromFont(font: string | null | undefined): TextEncoding | null {
  if (!font) return null;
  if (/^\.?vn/i.test(font) && !/^vni/i.test(font)) return 'tcvn3';
  if (/^vni[-\s]/i.test(font)) return 'vni';
  return null;
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

export function prepareSheet(sheet: SheetData, target: ImportTarget): PreparedSheet | null {
  const header = findHeaderRow(sheet.rows);
  if (!header) return null;
  const rows: CellValue[][] = [];
  const rowNumbers: number[] = [];
  let afterGap = false;
  for (let i = header.index + 1; i < sheet.rows.length; i++) {
    const row = sheet.rows[i]!;
    if (isBlankRow(row)) {
      afterGap = rows.length > 0;
      continue;
    }
    // The signature block under the table ("Người lập biểu", "CHỈ HUY TRƯỞNG", the names) is not data.
    if (endsTable(row, afterGap)) {
      if (!dataFollows(sheet.rows, i + 1)) break;
      // A heading inside the table (a village's name between groups of people): not a person's row.
      afterGap = false;
      continue;
    }
    afterGap = false;
    rows.push(row);
    rowNumbers.push(i + 1);
  }
  const encodings = header.headers.map((_, col) => {
    const fromFont = encodingFromFont(sheet.columnFonts[col]);
    if (fromFont) return fromFont;
    const texts: string[] = [];
    for (const row of rows) {
      const value = row[col];
      if (typeof value === 'string') texts.push(value);
      if (texts.length >= 200) break;
    }
    return detectColumnEncoding(texts);
  });
  return {
    header,
    mapping: proposeMapping(header.headers, target),
    layoutKey: layoutKey(header.headers),
    rows,
    rowNumbers,
    encodings,
  };
}

/** A cell's text in Unicode under its column's encoding (non-text cells pass through). */
export function cellInUnicode(value: CellValue | undefined, encoding: TextEncoding): CellValue {
  if (value === undefined) return null;
  return typeof value === 'string' ? convertToUnicode(value, encoding) : value;
}

/** Values appearing more than once (e.g. citizen IDs inside one file), with the Excel rows they are on. */
export function duplicateValues(values: readonly CellValue[], rowNumbers: readonly number[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  values.forEach((value, i) => {
    if (value === null || value === undefined) return;
    const key = String(value).replace(/\s+/g, '');
    if (key === '') return;
    const list = seen.get(key);
    if (list) list.push(rowNumbers[i]!);
    else seen.set(key, [rowNumbers[i]!]);
  });
  return new Map([...seen].filter(([, rows]) => rows.length > 1));
}
