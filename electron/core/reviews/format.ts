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

/** Share in per cent rounded to `decimals`; null when there is nothing to divide by. */
export function percentOf(part: number, whole: number, decimals: 1 | 2): number | null {
  const scale = 10 ** decimals;
  return whole > 0 ? Math.round((part / whole) * 100 * scale) / scale : null;
}

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

/** A count figure: "12 người". */
export function countFigure(
  key: string,
  text: FigureText,
  value: number,
  unit: string,
  values: Record<string, string | number>,
  link: string | null,
): ReviewFigure {
  return {
    key,
    label: fill(text.label, values),
    value,
    of: null,
    unit,
    display: unit ? `${countText(value)} ${unit}` : countText(value),
    how: fill(text.how, values),
    link,
  };
}

/** A percentage figure: "87,5%". */
export function rateFigure(
  key: string,
  text: FigureText,
  value: number | null,
  values: Record<string, string | number>,
  link: string | null,
  decimals: 1 | 2 = 2,
): ReviewFigure {
  return {
    key,
    label: fill(text.label, values),
    value,
    of: null,
    unit: '%',
    display: rateDisplay(value, decimals),
    how: fill(text.how, values),
    link,
  };
}

/** A done-of-planned figure: value = done, display "1/2". */
export function ratioFigure(
  key: string,
  text: FigureText,
  part: number,
  whole: number,
  unit: string,
  values: Record<string, string | number>,
  link: string | null,
): ReviewFigure {
  return {
    key,
    label: fill(text.label, values),
    value: part,
    of: whole,
    unit,
    display: ratioText(part, whole),
    how: fill(text.how, values),
    link,
  };
}
