import type { TableColumnType } from 'antd';
import { ageOn } from '../../../vocabulary/age';
import { format, vi } from '../messages/vi';
import { todayIso } from './dates';

/** An age in running text, a picker's option or a detail line: "32 tuổi". */
export function ageText(years: number): string {
  return format(vi.layout.ageYears, { years });
}

/** Completed years on `on` (today unless said), by the core's own rule (vocabulary/age.ts). */
export function ageOfBirthDate(birthDate: string, on: string = todayIso()): number {
  return ageOn(birthDate, on);
}

/**
 * A list's age column, the same on every list: "Tuổi" over the bare number, right-aligned beside the
 * birth date. `age` reads the row's age (the core's, counted today) or counts it from the birth date.
 */
export function ageColumn<T>(age: (row: T) => number | null | undefined): TableColumnType<T> {
  return {
    title: vi.layout.age,
    key: 'age',
    width: 56,
    align: 'right',
    render: (_, row) => age(row) ?? vi.common.none,
  };
}
