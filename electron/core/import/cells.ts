/**
 * Cell values the way offices type them: dates in every form (Excel serial
 * numbers, Date objects from exceljs, dd/mm/yyyy with any separator, a year
 * alone), sex as Nam/Nữ or a mark in a "Nữ" column, and names to tidy.
 * Dates are calendar dates throughout: never converted through the local time zone.
 */
import { format, vi } from '../messages/vi';
import { daysInMonth, toIsoDate, type IsoDate } from '../shared/dates';
import { foldVietnamese, titleCaseName } from '../shared/vietnamese-text';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export type DateCell =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  /** A year alone: `date` is 1 January of it, kept so a later step can store it, and `warning` says so. */
  | { kind: 'year'; year: number; date: IsoDate; warning: string }
  | { kind: 'error'; message: string };

const text = vi.import;
const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-31 and it counts a 29 February 1900 that never was (serial 60):
// from serial 61 on, the epoch is one day earlier.
const EXCEL_EPOCH_EARLY = Date.UTC(1899, 11, 31);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function checkYear(year: number): string | null {
  return year < MIN_YEAR || year > MAX_YEAR
    ? format(text.date.outOfRange, { year, min: MIN_YEAR, max: MAX_YEAR })
    : null;
}

function yearOnly(year: number): DateCell {
  const bad = checkYear(year);
  if (bad) return { kind: 'error', message: bad };
  return { kind: 'year', year, date: toIsoDate(year, 1, 1), warning: format(text.date.yearOnly, { year }) };
}

/** An Excel serial day number → calendar date (the time of day, if any, is dropped). */
export function excelSerialToDate(serial: number): DateCell {
  const day = Math.floor(serial);
  if (day === 60) return { kind: 'error', message: text.date.serial29Feb1900 };
  const date = fromUtc((day < 60 ? EXCEL_EPOCH_EARLY : EXCEL_EPOCH) + day * MS_PER_DAY);
  const bad = checkYear(Number(date.slice(0, 4)));
  return bad || day < 1
    ? { kind: 'error', message: bad ?? format(text.date.invalid, { value: serial }) }
    : { kind: 'date', date };
}

const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function fromParts(value: string, day: number, month: number, year: number): DateCell {
  const bad = checkYear(year);
  if (bad) return { kind: 'error', message: bad };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'error', message: format(text.date.impossible, { value, day, month, year }) };
  }
  return { kind: 'date', date: toIsoDate(year, month, day) };
}

/**
 * One cell of a date column. exceljs gives a Date for cells formatted as dates:
 * it builds them at UTC midnight of the calendar day, so their UTC parts are the
 * day Excel shows (rounded to the minute against floating-point serials).
 * A whole number 1900–2100 is a year alone, not a serial in 1905.
 */
export function parseDateCell(value: unknown): DateCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'error', message: format(text.date.invalid, { value: '' }) };
    return excelDateObject(value);
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return yearOnly(value);
    return excelSerialToDate(value);
  }
  const raw = String(value).normalize('NFC').trim();
  if (raw === '') return { kind: 'empty' };
  if (/^\d{4}$/.test(raw)) return yearOnly(Number(raw));
  const dayFirst = DAY_FIRST.exec(raw);
  if (dayFirst) {
    if (dayFirst[3]!.length !== 4) return { kind: 'error', message: format(text.date.twoDigitYear, { value: raw }) };
    return fromParts(raw, Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3]));
  }
  const iso = ISO.exec(raw);
  if (iso) return fromParts(raw, Number(iso[3]), Number(iso[2]), Number(iso[1]));
  return { kind: 'error', message: format(text.date.invalid, { value: raw }) };
}

function excelDateObject(value: Date): DateCell {
  const minute = 60_000;
  const ms = Math.round(value.getTime() / minute) * minute;
  const date = fromUtc(ms);
  const bad = checkYear(Number(date.slice(0, 4)));
  return bad ? { kind: 'error', message: bad } : { kind: 'date', date };
}

export type SexCell = { kind: 'empty' } | { kind: 'sex'; sex: 'M' | 'F' } | { kind: 'error'; message: string };

const MALE = new Set(['nam', 'm', 'male', 'trai']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai']);

/** A "Giới tính" cell: Nam/Nữ in any case, with or without diacritics. */
export function parseSex(value: unknown): SexCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  const raw = String(value).trim();
  if (raw === '') return { kind: 'empty' };
  const folded = foldVietnamese(raw).replace(/\.$/, '');
  if (MALE.has(folded)) return { kind: 'sex', sex: 'M' };
  if (FEMALE.has(folded)) return { kind: 'sex', sex: 'F' };
  return { kind: 'error', message: format(text.sex.invalid, { value: raw }) };
}

function isMarked(value: unknown): boolean {
  return value !== null && value !== undefined && String(value).trim() !== '';
}

/**
 * Forms with a "Nam" and a "Nữ" column: whichever holds a mark (x, ✓, or the
 * birth year itself, as many registers do) gives the sex.
 */
export function sexFromMarkColumns(maleCell: unknown, femaleCell: unknown): SexCell {
  const male = isMarked(maleCell);
  const female = isMarked(femaleCell);
  if (male && female) return { kind: 'error', message: text.sex.bothMarked };
  if (female) return { kind: 'sex', sex: 'F' };
  if (male) return { kind: 'sex', sex: 'M' };
  return { kind: 'empty' };
}

/** "  nguyễn   VĂN  an " → "Nguyễn Văn An" (NFC, one space between words, each word capitalised). */
export function normaliseName(value: unknown): string {
  if (value === null || value === undefined) return '';
  return titleCaseName(String(value).replace(/[\s\u00a0\u200b]+/g, ' '));
}

export type CitizenIdCell =
  { kind: 'empty' } | { kind: 'id'; citizenId: string; warning?: string } | { kind: 'error'; message: string };

/**
 * A citizen ID cell. Typed into Excel as a number, a 12-digit ID loses its
 * leading zeros ("001204001234" → 1204001234): numbers of 10–11 digits are
 * padded back to 12, with a warning (a 12-digit ID begins with a province code
 * 001–096, so at most two zeros are lost). A legacy 9-digit CMND loses its one
 * leading zero the same way ("012345678" → 12345678): 8 digits are padded to 9.
 * Exponent forms ("1,2E+11") lost digits for good.
 */
export function parseCitizenIdCell(value: unknown): CitizenIdCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0)
      return { kind: 'error', message: format(text.citizenId.invalid, { value }) };
    const digits = String(value);
    if (digits.length === 10 || digits.length === 11) {
      return { kind: 'id', citizenId: digits.padStart(12, '0'), warning: text.citizenId.zerosRestored };
    }
    if (digits.length === 8) {
      return { kind: 'id', citizenId: digits.padStart(9, '0'), warning: text.citizenId.legacyZeroRestored };
    }
    return { kind: 'id', citizenId: digits };
  }
  const raw = String(value).replace(/[\s.'’-]/g, '');
  if (raw === '') return { kind: 'empty' };
  if (/e\+?\d+$/i.test(raw))
    return { kind: 'error', message: format(text.citizenId.invalid, { value: String(value) }) };
  return { kind: 'id', citizenId: raw };
}
