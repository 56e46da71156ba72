import { DatePicker } from 'antd';
import { fromIsoDate, INPUT_DATE_FORMATS, toIsoDate } from './dates';

interface Props {
  /** Its accessible name and placeholder ("Từ ngày", "Đến ngày"). */
  label: string;
  /** An ISO date, or undefined: no bound. */
  value: string | undefined;
  onChange(next: string | undefined): void;
}

/** A date bound above a list, typed as dd/mm/yyyy; the list gets it as an ISO date. */
export function DateFilter({ label, value, onChange }: Props) {
  return (
    <DatePicker
      aria-label={label}
      placeholder={label}
      format={INPUT_DATE_FORMATS}
      value={fromIsoDate(value)}
      onChange={(date) => onChange(date ? toIsoDate(date) : undefined)}
    />
  );
}
