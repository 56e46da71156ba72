import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

/** How users see and type dates. */
export const DISPLAY_DATE_FORMAT = 'DD/MM/YYYY';
/** Also accepted when typing: d/m/yyyy without leading zeros. */
export const INPUT_DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY'];

export function toIsoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, 'YYYY-MM-DD', true) : null;
}

export function displayDate(value: string | null | undefined): string {
  return value ? dayjs(value, 'YYYY-MM-DD', true).format(DISPLAY_DATE_FORMAT) : '';
}

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
