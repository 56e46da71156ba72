import { InputNumber } from 'antd';

interface Props {
  /** Its accessible name, and its placeholder unless one is given ("Tuổi từ", "Năm sinh đến"). */
  label: string;
  placeholder?: string;
  min: number;
  max: number;
  precision?: number;
  /** Undefined: no bound. */
  value: number | undefined;
  onChange(next: number | undefined): void;
  width: number;
}

/** A number bound above a list (an age, a birth year); emptied, the bound is gone. */
export function NumberFilter({ label, placeholder, min, max, precision, value, onChange, width }: Props) {
  return (
    <InputNumber
      aria-label={label}
      placeholder={placeholder ?? label}
      min={min}
      max={max}
      precision={precision}
      value={value ?? null}
      onChange={(n) => onChange(n ?? undefined)}
      style={{ width }}
    />
  );
}
