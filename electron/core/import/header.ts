/**
 * Finding the header row under the title block offices put above their lists
 * (the national motto, the office's name, "DANH SÁCH…", often merged across
 * the sheet). A header row names several distinct known columns; a title row
 * repeats one merged text or holds long sentences. Two-level headers
 * ("Ngày sinh" merged above "Nam" | "Nữ") are joined into one text per column.
 */
import { convertToUnicode, detectColumnEncoding } from './legacy-encoding';
import { isKnownHeader } from './mapping';
import type { CellValue } from './workbook';

export interface HeaderRow {
  /** Index in `rows` of the (lower) header row; data starts on the next row. */
  index: number;
  headers: string[];
}

const SCAN_ROWS = 30;
const MAX_HEADER_LENGTH = 60;

function rawText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? '' : String(value).replace(/\s+/g, ' ').trim();
}

/** A row's texts in Unicode: headers of a sheet typed in TCVN3 or VNI are in that encoding too. */
function texts(row: readonly CellValue[]): string[] {
  const raw = Array.from(row, rawText);
  const encoding = detectColumnEncoding(raw);
  return encoding === 'tcvn3' || encoding === 'vni' ? raw.map((t) => convertToUnicode(t, encoding)) : raw;
}

function score(row: readonly CellValue[]): number {
  const distinct = new Set(texts(row).filter((t) => t !== '' && t.length <= MAX_HEADER_LENGTH && !/^\d+$/.test(t)));
  let known = 0;
  for (const t of distinct) if (isKnownHeader(t)) known += 1;
  return known >= 2 ? known * 10 + distinct.size : 0;
}

export function findHeaderRow(rows: readonly CellValue[][]): HeaderRow | null {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, SCAN_ROWS); i++) {
    const s = score(rows[i]!);
    // Ties go to the upper row: a sub-header row below repeats merged texts.
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  if (best < 0) return null;
  let index = best;
  let top = rows[best]!;
  let bottom = top;
  const below = rows[best + 1];
  const above = best > 0 ? rows[best - 1] : undefined;
  // A merged cell spanning two header rows shows its text in both: the header has two levels.
  if (below && sharesText(top, below) && isSubHeader(below)) {
    bottom = below;
    index = best + 1;
  } else if (above && sharesText(above, top) && isSubHeader(top) && score(above) > 0) {
    top = above;
  }
  const width = Math.max(top.length, bottom.length);
  const upperTexts = texts(top);
  const lowerTexts = texts(bottom);
  const headers = Array.from({ length: width }, (_, col) => {
    const upper = upperTexts[col] ?? '';
    const lower = lowerTexts[col] ?? '';
    return upper === lower || upper === '' ? lower : lower === '' ? upper : `${upper} ${lower}`;
  });
  return { index, headers };
}

function sharesText(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  return a.some((value, col) => rawText(value) !== '' && rawText(value) === rawText(b[col]));
}

/** A row of short texts (or blanks) with no numbers of data: the lower level of a header. */
function isSubHeader(row: readonly CellValue[]): boolean {
  const cells = row.map(rawText).filter((t) => t !== '');
  return (
    cells.length > 0 &&
    cells.every((t) => t.length <= MAX_HEADER_LENGTH && !/^\d{3,}$/.test(t)) &&
    row.every((v) => !(v instanceof Date) && typeof v !== 'number')
  );
}
