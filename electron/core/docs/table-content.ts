import { type ListTable } from './list-table';
import { type CellAlign, type FigureTable, type HeaderCell } from './figure-table';
import { formatDisplayDate, type IsoDate } from '../shared/dates';

/**
 * A document's table as plain data, built once and printed twice: into the .docx (with the lists'
 * table, or the report's figure table when it has spanned headers or a total row) and into the
 * .xlsx, where dates stay real dates and figures real numbers. A row is a person's (or a place's)
 * cells, a bold total row, or a line across the whole width: a group heading ("Tiểu đội 1") or a group's total ("Cộng: 5 người").
 */
export type Cell = string | number | { date: IsoDate } | { percent: number | null; decimals?: 1 | 2 } | null;

export type ContentRow =
  | { kind: 'cells'; cells: readonly Cell[] }
  | { kind: 'total'; cells: readonly Cell[] }
  /** Level 2: a heading inside a level-1 group (a specialty within a grade, a slot within a unit). */
  | { kind: 'group'; text: string; level?: 1 | 2 }
  | { kind: 'line'; text: string };

export interface ContentColumn {
  header: string;
  /** Millimetres at the width the .docx prints it; the .xlsx fits its widths to the content. */
  weight: number;
  align?: CellAlign;
}

export interface ContentTable {
  columns: readonly ContentColumn[];
  /** Header rows with spans for the .docx; absent: one row of the columns' headers. */
  header?: readonly (readonly HeaderCell[])[];
  rows: readonly ContentRow[];
  /** Cell text size in the .docx: 12 pt, or 11 pt for a one-page table with many figure columns. */
  sizePt?: 11 | 12;
}

/** What a document's .docx and .xlsx share: title, lines under it, the table. */
export interface TableContent {
  title: string;
  notes: readonly string[];
  table: ContentTable;
  /** The .xlsx sheet's tab name (31 characters at most). */
  sheetName: string;
}

const percentFormats = {
  1: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  2: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
} as const;
const countFormat = new Intl.NumberFormat('vi-VN');

/** Share in per cent, rounded to `decimals`; null when there is nothing to divide by. */
export function percentOf(part: number, whole: number, decimals: 1 | 2 = 1): number | null {
  const scale = 10 ** decimals;
  return whole > 0 ? Math.round((part / whole) * 100 * scale) / scale : null;
}

/** "62,5" (Vietnamese decimal comma); '' for null. */
export function percentText(value: number | null, decimals: 1 | 2 = 1): string {
  return value === null ? '' : percentFormats[decimals].format(value);
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return countFormat.format(cell);
  if ('date' in cell) return formatDisplayDate(cell.date);
  return percentText(cell.percent, cell.decimals);
}

export function dateCell(date: IsoDate | null | undefined): Cell {
  return date ? { date } : null;
}

/** The cells a person's row in a forces list opens with: TT, the full name, the birth date. */
export function numberedPersonCells(index: number, person: { fullName: string; birthDate: IsoDate }): Cell[] {
  return [index, person.fullName, dateCell(person.birthDate)];
}

/** The table as the conscription report's figure table, which the Word engine prints. */
export function toFigureTable(table: ContentTable): FigureTable {
  return {
    weights: table.columns.map((c) => c.weight),
    aligns: table.columns.map((c) => c.align ?? 'left'),
    header: table.header ?? [table.columns.map((c) => ({ text: c.header }))],
    rows: table.rows.map((row) =>
      row.kind === 'group' || row.kind === 'line'
        ? { kind: 'group', text: row.text }
        : { kind: row.kind, cells: row.cells.map(cellText) },
    ),
  };
}

/**
 * The table as a conscription list's table, which the Word engine prints with named cell styles:
 * twice as quick to build and pack for thousands of people. Only for tables whose rows are cells,
 * groups and lines (no bold total row) under a single header row.
 */
export function toListTable(table: ContentTable): ListTable | null {
  if (table.header || table.sizePt === 11 || table.rows.some((r) => r.kind === 'total')) return null;
  return {
    columns: table.columns,
    rows: table.rows.map((row) =>
      row.kind === 'group' || row.kind === 'line' ? { group: row.text } : row.cells.map(cellText),
    ),
  };
}

/** How many rows are people (or places): what the document counts. */
export function countCells(table: ContentTable): number {
  return table.rows.filter((r) => r.kind === 'cells').length;
}
