import { fill } from '../../../vocabulary/text';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import type { ReviewFigure } from './public-types';

const countFormat = new Intl.NumberFormat('vi-VN');
const rateFormats = {
  1: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  2: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
};

/** "1.234" (Vietnamese thousands separator). */
export const countText = (n: number): string => countFormat.format(n);

/** "0,91%" (decimal comma, no trailing zeros); '—' when there is nothing to divide by. */
export function rateDisplay(value: number | null, decimals: 1 | 2 = 2): string {
  return value === null ? '—' : `${rateFormats[decimals].format(value)}%`;
}

/** Share in per cent rounded to `decimals`: the documents' own rounding, so a review and a report agree. */
export { percentOf } from '../docs/table-content';

/** "70/76". */
export const ratioText = (part: number, whole: number): string => `${countText(part)}/${countText(whole)}`;

/** The placeholders every "how" sentence may use: the range in dd/mm/yyyy. */
export function rangeValues(range: { from: IsoDate; to: IsoDate }): { from: string; to: string } {
  return { from: formatDisplayDate(range.from), to: formatDisplayDate(range.to) };
}

interface FigureText {
  label: string;
  how: string;
}

type Values = Record<string, string | number>;

/** A figure's words filled with its values (label and how it was counted), around what it shows. */
function figure(
  key: string,
  text: FigureText,
  values: Values,
  link: string | null,
  shown: Pick<ReviewFigure, 'value' | 'of' | 'unit' | 'display'>,
): ReviewFigure {
  return { key, label: fill(text.label, values), ...shown, how: fill(text.how, values), link };
}

/** A count figure: "12 người". */
export function countFigure(
  key: string,
  text: FigureText,
  value: number,
  unit: string,
  values: Values,
  link: string | null,
): ReviewFigure {
  const display = unit ? `${countText(value)} ${unit}` : countText(value);
  return figure(key, text, values, link, { value, of: null, unit, display });
}

/** A percentage figure: "87,5%". */
export function rateFigure(
  key: string,
  text: FigureText,
  value: number | null,
  values: Values,
  link: string | null,
  decimals: 1 | 2 = 2,
): ReviewFigure {
  return figure(key, text, values, link, { value, of: null, unit: '%', display: rateDisplay(value, decimals) });
}

/** A done-of-planned figure: value = done, display "1/2". */
export function ratioFigure(
  key: string,
  text: FigureText,
  part: number,
  whole: number,
  unit: string,
  values: Values,
  link: string | null,
): ReviewFigure {
  return figure(key, text, values, link, { value: part, of: whole, unit, display: ratioText(part, whole) });
}
