/**
 * Where an office's table ends. Below the last person an office's sheet carries its signature
 * block — "Người lập biểu", the place and date line ("Đức Xuân, ngày … tháng … năm 2026"), the
 * signers' titles ("CHỈ HUY TRƯỞNG", "TM. ỦY BAN NHÂN DÂN") and their names under them. Those rows
 * are not people: the table ends at the first row made only of such text, and — after a blank gap —
 * at the first sparse row of plain text (a name standing alone under a signature).
 */
import { foldVietnamese } from '../shared/vietnamese-text';
import type { CellValue } from './workbook';

/** Folded, punctuation as spaces: "CHỈ HUY TRƯỞNG" → "chi huy truong", "TM. UBND" → "tm ubnd". */
const fold = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9…]+/g, ' ')
    .trim();

// Titles and phrases of a signature block, matched against a whole folded cell.
const SIGNATURE_LINES = [
  /^nguoi lap( bieu| danh sach| bang)?$/,
  /^(chi huy truong|chi huy pho|chinh tri vien)( .*)?$/,
  /^(thu truong|lanh dao) (don vi|co quan)$/,
  /^(chu tich|pho chu tich|truong ban|truong cong an|ke toan|thu ky|can bo lap bieu)$/,
  /^(tm|kt|tl|tuq) .+$/,
  /^xac nhan( cua .*)?$/,
  /^ky( ten)?( ghi ro ho ten)?( dong dau)?$/,
  /^noi nhan$/,
];
// The date line, with or without the place before it: "Đức Xuân, ngày 05 tháng 3 năm 2026", "Ngày … tháng … năm …".
const DATE_LINE = /^([a-z0-9 ]+ )?ngay( [0-9…]+)? thang( [0-9…]+)? nam( [0-9…]+)?$/;

/** Whether a cell's text belongs to the signature block under a table (never a place or a person). */
export function isSignatureText(text: string): boolean {
  const folded = fold(text.replace(/\.{2,}/g, '…'));
  if (folded === '') return false;
  return DATE_LINE.test(folded) || SIGNATURE_LINES.some((line) => line.test(folded));
}

const filled = (row: readonly CellValue[]) =>
  row.filter((v) => v !== null && !(typeof v === 'string' && v.trim() === ''));

/** A row of the signature block: every filled cell is its text. */
function isSignatureRow(row: readonly CellValue[]): boolean {
  const cells = filled(row);
  return cells.length > 0 && cells.every((v) => typeof v === 'string' && isSignatureText(v));
}

/** At most two cells of text, no number and no date: what stands under a table, not a person's row. */
function isSparseText(row: readonly CellValue[]): boolean {
  const cells = filled(row);
  return cells.length > 0 && cells.length <= 2 && cells.every((v) => typeof v === 'string' && !/\d/.test(v));
}

/**
 * Whether the table has ended at `row`: a signature row anywhere, or a sparse row of text after
 * at least one blank row (`afterGap`).
 */
export function endsTable(row: readonly CellValue[], afterGap: boolean): boolean {
  return isSignatureRow(row) || (afterGap && isSparseText(row));
}

/** A row with three or more filled cells that is not signature text: a person's row, not a heading or a signer. */
function looksLikeData(row: readonly CellValue[]): boolean {
  return filled(row).length >= 3 && !isSignatureRow(row);
}

/**
 * Whether a row that would end the table has people's rows below it: then it is a heading inside
 * the table (a village's name after a blank row, "Thôn Nà Pài"), skipped, and the rows under it
 * are still read — a sheet is never cut short silently.
 */
export function dataFollows(rows: readonly (readonly CellValue[])[], from: number): boolean {
  for (let i = from; i < rows.length; i++) if (looksLikeData(rows[i]!)) return true;
  return false;
}
