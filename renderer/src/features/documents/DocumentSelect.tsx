import type { SelectProps } from 'antd';
import { SearchSelect } from '../../shared/SearchSelect';

interface Props {
  /** The field's id ("<tab>-documents-<what>"). */
  id: string;
  /** Its accessible name. */
  label: string;
  placeholder: string;
  loading: boolean;
  options: SelectProps['options'];
  value: string | undefined;
  onChange(value: string | undefined): void;
  minWidth: number;
  /** Empty means "all" (the roster of every unit): it can be cleared. */
  allowClear?: boolean;
  disabled?: boolean;
}

/** A choice a "Văn bản" tab's document depends on (an exercise, a unit, a ward), searchable by its label. */
export function DocumentSelect({ label, minWidth, ...props }: Props) {
  return (
    <SearchSelect
      aria-label={label}
      {...props}
      onChange={(value?: string) => props.onChange(value)}
      style={{ minWidth }}
    />
  );
}
