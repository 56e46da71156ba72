/**
 * Reading an office's file into plain rows of cell values: `.xlsx` through
 * exceljs, `.csv` in UTF-8 (with or without BOM), Windows-1258 or legacy
 * TCVN3/VNI bytes. Old `.xls` files are refused with one clear message (the
 * registry's SheetJS build carries unfixed advisories, so it is not used).
 */
import ExcelJS from 'exceljs';
import { ApiError } from '../kernel/errors';
import { parseCsv } from './csv';
import { detectLegacyEncoding } from './legacy-encoding';

export type CellValue = string | number | boolean | Date | null;

export interface SheetData {
  name: string;
  /** Rows from the sheet's first row, each trimmed of empty cells at its end; empty rows at the end dropped. */
  rows: CellValue[][];
  /** Per column, the font most text cells use (".VnTime", "VNI-Times"…): a strong hint of a legacy encoding. */
  columnFonts: Array<string | null>;
}

export interface WorkbookData {
  format: 'xlsx' | 'csv';
  sheets: SheetData[];
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(buffer: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte);
}

export async function readWorkbook(buffer: Uint8Array, fileName: string): Promise<WorkbookData> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  // An .xls renamed .xlsx is still an .xls: the compound-file signature tells.
  if (ext === 'xls' || startsWith(buffer, OLE_MAGIC)) throw ApiError.of('IMPORT_XLS_NOT_SUPPORTED', { fileName });
  if (ext === 'csv') return { format: 'csv', sheets: [csvSheet(buffer, fileName)] };
  if (ext !== 'xlsx' && ext !== 'xlsm') throw ApiError.of('IMPORT_FILE_TYPE');
  if (!startsWith(buffer, ZIP_MAGIC)) throw ApiError.of('IMPORT_FILE_UNREADABLE', { fileName });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw ApiError.of('IMPORT_FILE_UNREADABLE', { fileName });
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.state !== 'hidden').map(readSheet);
  if (sheets.every((sheet) => sheet.rows.length === 0)) throw ApiError.of('IMPORT_NO_SHEET');
  return { format: 'xlsx', sheets };
}

/** A cell's value as shown: formulas give their cached result, rich text its text, errors their code. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .normalize('NFC');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function trimRows(rows: CellValue[][]): CellValue[][] {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && isBlank(row[end - 1]!)) end -= 1;
    return end === row.length ? row : row.slice(0, end);
  });
  let last = trimmed.length;
  while (last > 0 && trimmed[last - 1]!.length === 0) last -= 1;
  return trimmed.slice(0, last);
}

function readSheet(sheet: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  const fonts: Array<Map<string, number>> = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const value = plainValue(cell.value);
      values[col - 1] = value;
      const font = cell.font?.name;
      if (typeof value === 'string' && font) {
        const counts = (fonts[col - 1] ??= new Map());
        counts.set(font, (counts.get(font) ?? 0) + 1);
      }
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const columnFonts = Array.from(fonts, (counts) => {
    if (!counts) return null;
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  });
  return { name: sheet.name, rows: trimRows(rows), columnFonts };
}

/**
 * CSV bytes → text. Not valid UTF-8 means an ANSI file: if its Latin-1 reading
 * is TCVN3 or VNI, the cells keep those characters (the column converters turn
 * them into Unicode later); otherwise it is Vietnamese Windows (1258).
 */
export function decodeCsv(buffer: Uint8Array): string {
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const body = bom ? buffer.subarray(3) : buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body).normalize('NFC');
  } catch {
    const latin1 = new TextDecoder('latin1').decode(body);
    const legacy = detectLegacyEncoding(latin1.slice(0, 20_000));
    if (legacy === 'tcvn3' || legacy === 'vni') return latin1;
    return new TextDecoder('windows-1258').decode(body).normalize('NFC');
  }
}

function csvSheet(buffer: Uint8Array, fileName: string): SheetData {
  const rows = trimRows(parseCsv(decodeCsv(buffer)).map((row) => row.map((cell) => (cell === '' ? null : cell))));
  return { name: fileName.replace(/\.csv$/i, ''), rows, columnFonts: [] };
}
