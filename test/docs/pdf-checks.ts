/**
 * How the documents' tests read what was generated, as a clerk reads it: a rendered PDF's text
 * (laid out, or flattened to one line), the lines of a table row, words in order, the Decree 30
 * header, and an .xlsx read back with exceljs. One home for the checks every document family's
 * tests share, whatever fixture office printed the document.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { GeneratedFile } from '../../electron/core/documents/generate-schema';
import { pdfText } from './render';

/**
 * The text as laid out (rows of the table on their own lines), white space runs made one space.
 * A cell that wraps is split over lines, so checks pick words that fit on one line.
 */
export async function flatText(pdf: string): Promise<string> {
  return (await pdfText(pdf, { layout: true })).replace(/\s+/g, ' ');
}

/** The first layout line holding `pattern` (one table row's main line). */
export async function lineMatching(pdf: string, pattern: RegExp): Promise<string | undefined> {
  return (await pdfText(pdf, { layout: true })).split('\n').find((line) => pattern.test(line));
}

/** Each of `items` appears in `text`, in this order. */
export function expectInOrder(text: string, items: readonly string[]): void {
  let from = 0;
  for (const item of items) {
    const at = text.indexOf(item, from);
    expect(at, `"${item}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + item.length;
  }
}

/** Each of `items` appears in the rendered document's text (flattened), in this order. */
export async function expectTextInOrder(pdf: string, items: readonly string[]): Promise<void> {
  expectInOrder(await flatText(pdf), items);
}

/** What a fixture office prints in its Decree 30 header (see expectOfficeHeader). */
export interface OfficeHeader {
  /** The body above the office, printed on the national motto's line. */
  parentBody: string;
  /** What of the office's name stands on one line (its name may wrap). */
  officeName: string;
  /** The place and date printed beside the number. */
  placeAndDate: string;
}

/** The office's Decree 30 header on the first page, with the document's number beside its place and date. */
export async function expectOfficeHeader(pdf: string, header: OfficeHeader, number: string): Promise<void> {
  const lines = (await pdfText(pdf, { firstPage: 1, lastPage: 1, layout: true })).split('\n');
  expect(lines.some((l) => l.includes(header.parentBody) && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(
    true,
  );
  expect(lines.some((l) => l.includes(header.officeName))).toBe(true);
  expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
  expect(lines.some((l) => l.includes(number) && l.includes(header.placeAndDate))).toBe(true);
}

/** The first sheet of an .xlsx document. */
export async function sheetOf(file: GeneratedFile) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** Every row of a sheet, `width` cells each (null for an empty cell), as exceljs reads them back. */
export function sheetRows(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    out.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return out;
}

/** A date cell's value as exceljs reads it back (midnight UTC). */
export const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
