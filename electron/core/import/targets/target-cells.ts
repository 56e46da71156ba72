/**
 * Cell readers the targets share: dates (the people import's parser, plus the
 * month/year registers often give for service dates), yes/no marks, and
 * folded keys for matching names typed any way.
 */
import { format, vi } from '../../messages/vi';
import { formatDisplayDate, toIsoDate, type IsoDate } from '../../shared/dates';
import { foldVietnamese } from '../../shared/vietnamese-text';
import { MAX_YEAR, MIN_YEAR, parseDateCell } from '../cells';
import type { ImportFieldKey } from '../mapping';
import type { RowCells } from '../row-reader';
import type { ImportCellIssue } from '../types';
import type { TargetPerson } from './types';

const t = vi.import.target;

/** "Trung đội 1", "TRUNG DOI 1", "Trung-đội 1" → "trung doi 1". */
export function foldKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function issueAt(cells: RowCells, list: ImportCellIssue[], field: ImportFieldKey, message: string): void {
  list.push({ column: cells.column(field) ?? null, field, message });
}

const MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/**
 * A date cell of a target: a full date; a month and year ("02/2020", taken as
 * the 1st, flagged); a year alone (taken as 1 January, flagged). Errors and
 * warnings go on the cell; null when empty or unreadable.
 */
export function readDate(
  cells: RowCells,
  field: ImportFieldKey,
  errors: ImportCellIssue[],
  warnings: ImportCellIssue[],
): IsoDate | null {
  const raw = cells.raw(field);
  const monthYear = typeof raw === 'string' ? MONTH_YEAR.exec(raw.trim()) : null;
  if (monthYear) {
    const month = Number(monthYear[1]);
    const year = Number(monthYear[2]);
    if (month >= 1 && month <= 12 && year >= MIN_YEAR && year <= MAX_YEAR) {
      const date = toIsoDate(year, month, 1);
      issueAt(
        cells,
        warnings,
        field,
        format(t.monthYear, { value: raw!.toString().trim(), date: formatDisplayDate(date) }),
      );
      return date;
    }
  }
  const cell = parseDateCell(raw);
  if (cell.kind === 'date') return cell.date;
  if (cell.kind === 'year') {
    issueAt(cells, warnings, field, format(t.yearOnly, { year: cell.year, date: formatDisplayDate(cell.date) }));
    return cell.date;
  }
  if (cell.kind === 'error') issueAt(cells, errors, field, cell.message);
  return null;
}

const NO = new Set(['', '0', '-', 'k', 'khong', 'no', 'false']);

/** A yes/no column ("Đảng viên": x, ✓, Có, ĐV, the admission date…): anything but empty, 0 or "không" is yes. */
export function isMarked(cells: RowCells, field: ImportFieldKey): boolean {
  const raw = cells.raw(field);
  if (raw === null) return false;
  if (typeof raw === 'boolean') return raw;
  return !NO.has(foldKey(String(raw)));
}

export const yesText = (value: boolean): string | null => (value ? t.yes : null);

/** Where a finding about the row's person (not one of its cells) is reported. */
export const PERSON_ROW = { column: null, field: 'personId' } as const;

/**
 * The start of every target's check of the row's person: its issue lists, with a person the
 * register has archived refused (with the target's own message).
 */
export function personCheck(person: TargetPerson, archivedMessage: string) {
  const errors: ImportCellIssue[] = [];
  const warnings: ImportCellIssue[] = [];
  if (person.archived) errors.push({ ...PERSON_ROW, message: archivedMessage });
  return { errors, warnings };
}
