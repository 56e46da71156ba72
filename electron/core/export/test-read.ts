import ExcelJS from 'exceljs';

/** An exported workbook read back the way a user's Excel sees it: preamble, header, data rows. */
export interface ReadBack {
  sheet: ExcelJS.Worksheet;
  /** The text of the rows above the header (title, office and day, filters). */
  preamble: string[];
  header: string[];
  headerRow: number;
  rows: unknown[][];
}

export async function readBack(file: { base64: string }): Promise<ReadBack> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const all: unknown[][] = [];
  sheet.eachRow((row, n) => (all[n - 1] = (row.values as unknown[]).slice(1)));
  const headerIndex = all.findIndex((r) => r?.[0] === 'STT');
  if (headerIndex < 0) throw new Error('no header row (STT) in the exported sheet');
  return {
    sheet,
    preamble: all.slice(0, headerIndex).flatMap((r) => (r?.[0] ? [String(r[0])] : [])),
    header: all[headerIndex]!.map(String),
    headerRow: headerIndex + 1,
    rows: all.slice(headerIndex + 1).map((r) => r ?? []),
  };
}

/** The 1-based column of a header text. */
export function columnOf(read: ReadBack, header: string): number {
  const i = read.header.indexOf(header);
  if (i < 0) throw new Error(`no column "${header}" in ${read.header.join(' | ')}`);
  return i + 1;
}

/** The values of one column in the data rows, by header text. */
export function columnValues(read: ReadBack, header: string): unknown[] {
  const i = columnOf(read, header) - 1;
  return read.rows.map((r) => r[i] ?? null);
}
