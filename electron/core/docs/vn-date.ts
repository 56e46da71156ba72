import { parseIsoDate, type IsoDate } from '../shared/dates';
import { officialText } from './official-text';

/**
 * "ngày 05 tháng 02 năm 2024". Decree 30 pads days below 10 and the months 1 and 2 only (a bare
 * digit there could be extended by hand into another valid day or month; "3".."9" cannot).
 */
export function documentDateText(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not an ISO date: ${date}`);
  const day = String(parsed.day).padStart(2, '0');
  const month = parsed.month <= 2 ? String(parsed.month).padStart(2, '0') : String(parsed.month);
  const { dateDay, dateMonth, dateYear } = officialText;
  return `${dateDay} ${day} ${dateMonth} ${month} ${dateYear} ${parsed.year}`;
}

/** The place-and-date line of the header: "Bắc Kạn, ngày 05 tháng 02 năm 2024". */
export function documentDateLine(placeName: string, date: IsoDate): string {
  return `${placeName.trim()}, ${documentDateText(date)}`;
}

/** Width of the blank a clerk fills in by hand when a draft gets its number at registration. */
const DRAFT_NUMBER_BLANK = ' '.repeat(6);

/**
 * "Số: 05/BC-BCH". Numbers below 10 take a leading zero (Decree 30, Annex I). A draft has no
 * number yet (`null`): the line keeps a blank for it, "Số:      /BC-BCH".
 */
export function documentNumberLine(number: number | null, typeCode: string, officeSymbol: string): string {
  const symbol = `/${typeCode.trim()}-${officeSymbol.trim()}`;
  if (number === null) return `${officialText.numberLabel}${DRAFT_NUMBER_BLANK}${symbol}`;
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Not a document number: ${number}`);
  return `${officialText.numberLabel} ${String(number).padStart(2, '0')}${symbol}`;
}
