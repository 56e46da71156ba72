/**
 * Reading one sheet row's mapped cells: the raw value of a field's column, or
 * its text converted from a legacy encoding (the column's, or detected per
 * cell when the user did not set one) and tidied. Each conversion is noted
 * once per column, so the preview shows the before and after. Shared by the
 * person part of a row (./people-rows.ts) and the targets' parts (./targets/).
 */
import { convertToUnicode, detectLegacyEncoding, type TextEncoding } from './legacy-encoding';
import type { ImportFieldKey } from './mapping';
import type { ImportConvertedCell } from './types';
import type { CellValue } from './workbook';

export interface CellReaderContext {
  /** Field → column index, for the mapped fields. */
  columns: Partial<Record<ImportFieldKey, number>>;
  encodings: readonly TextEncoding[];
  /** Columns read as Unicode that the user did not set by hand: a legacy cell pasted among Unicode ones is still caught. */
  detectCells: readonly boolean[];
}

export interface RowCells {
  column(field: ImportFieldKey): number | undefined;
  raw(field: ImportFieldKey): CellValue;
  text(field: ImportFieldKey): string;
}

export function rowCells(
  row: readonly CellValue[],
  ctx: CellReaderContext,
  converted: ImportConvertedCell[],
): RowCells {
  const column = (field: ImportFieldKey) => ctx.columns[field];
  const raw = (field: ImportFieldKey): CellValue => {
    const c = column(field);
    return c === undefined ? null : (row[c] ?? null);
  };
  const text = (field: ImportFieldKey): string => {
    const c = column(field);
    const value = raw(field);
    if (c === undefined || value === null) return '';
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value !== 'string') return String(value);
    let encoding = ctx.encodings[c] ?? 'unicode';
    if (ctx.detectCells[c] && (encoding === 'unicode' || encoding === 'ascii')) encoding = detectLegacyEncoding(value);
    const after = convertToUnicode(value, encoding);
    if (after !== value.normalize('NFC') && !converted.some((x) => x.column === c))
      converted.push({ column: c, before: value, after });
    return after.replace(/[\s\u00a0]+/g, ' ').trim();
  };
  return { column, raw, text };
}
