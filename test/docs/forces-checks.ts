/**
 * Helpers shared by the tests of the militia, reservist and strength-summary documents: the
 * documents generated on the forces fixture and rendered, the .xlsx as exceljs reads it back, the
 * PDF text as a clerk reads it, the Decree 30 header.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect } from 'vitest';
import { call, createTestCore } from '../../electron/core/db/test-helpers';
import type { GeneratedFile } from '../../electron/core/documents/generate-schema';
import { buildForcesFixture, type ForcesFixture } from './forces-fixture';
import { renderToPdf, pdfText } from './render';

/**
 * Generates the documents through the API on the forces fixture (dated 27/11/2026, numbered in the
 * order given) and renders them with LibreOffice in one soffice call, before the file's tests.
 * Needs soffice and poppler (see render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
export function renderForcesDocuments(requests: (fixture: ForcesFixture) => Record<string, Record<string, unknown>>) {
  const files: Record<string, GeneratedFile> = {};
  const pdfs: Record<string, string> = {};
  let core: ReturnType<typeof createTestCore>;
  let outDir = '';
  beforeAll(async () => {
    core = createTestCore();
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-forces-docs-'));
    const inputs = requests(await buildForcesFixture(core));
    for (const [name, input] of Object.entries(inputs)) {
      files[name] = await call<GeneratedFile>(core, 'documents.generate', { date: '2026-11-27', ...input });
    }
    const names = Object.keys(inputs);
    const rendered = await renderToPdf(
      names.map((n) => Buffer.from(files[n]!.base64, 'base64')),
      outDir,
    );
    names.forEach((n, i) => (pdfs[n] = rendered[i]!));
  }, 120_000);
  afterAll(() => {
    core.dispose();
    if (process.env.QSDP_KEEP_RENDERS) console.info(`Rendered files kept in ${outDir}`);
    else fs.rmSync(outDir, { recursive: true, force: true });
  });
  return { files, pdfs };
}

export async function sheetOf(file: GeneratedFile) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** Every row's values, columns 1…n, as exceljs reads them back. */
export function rows(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    out.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return out;
}

export const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * The text as laid out (rows of the table on their own lines), white space runs made one space.
 * A cell that wraps is split over lines, so checks pick words that fit on one line.
 */
export async function flatText(pdf: string): Promise<string> {
  return (await pdfText(pdf, { layout: true })).replace(/\s+/g, ' ');
}

/** The layout line holding `pattern` (one table row's main line). */
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

export async function expectHeader(pdf: string, number: string, date: string) {
  const lines = (await pdfText(pdf, { firstPage: 1, lastPage: 1, layout: true })).split('\n');
  expect(
    lines.some((l) => l.includes('BỘ CHQS TỈNH BẮC KẠN') && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
  ).toBe(true);
  expect(lines.some((l) => l.includes('BAN CHQS THÀNH PHỐ BẮC KẠN') || l.includes('THÀNH PHỐ BẮC KẠN'))).toBe(true);
  expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
  expect(lines.some((l) => l.includes(number) && l.includes(date))).toBe(true);
}
