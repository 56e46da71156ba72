/**
 * Run by ./import.ts in its own process so the peak memory measured is the
 * import's alone: reads the sheet at argv[2], finds its header, detects
 * encodings and parses every row; prints { ms, peakMb, rows } as JSON.
 */
import fs from 'node:fs';
import { normaliseName, parseCitizenIdCell, parseDateCell, parseSex } from '../../electron/core/import/cells';
import { cellInUnicode, prepareSheet } from '../../electron/core/import/prepare';
import { readWorkbook } from '../../electron/core/import/workbook';

async function main(): Promise<void> {
  const file = process.argv[2]!;
  const started = performance.now();
  const book = await readWorkbook(fs.readFileSync(file), file);
  const sheet = prepareSheet(book.sheets[0]!, 'people')!;
  let rows = 0;
  for (const row of sheet.rows) {
    normaliseName(`${String(cellInUnicode(row[1], sheet.encodings[1]!))} ${String(row[2])}`);
    if (parseDateCell(row[3]).kind !== 'date') throw new Error(`row ${rows}: date not read`);
    parseSex(row[4]);
    parseCitizenIdCell(row[5]);
    rows += 1;
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, rows }));
}

void main();
