import { Select, type SelectProps } from 'antd';
import { SearchSelect } from './SearchSelect';

interface Props<V> extends Omit<SelectProps<V>, 'aria-label' | 'placeholder' | 'style' | 'showSearch'> {
  /** The filter's accessible name and placeholder ("Địa bàn", "Trạng thái"…). */
  label: string;
  width: number;
  /** Type to narrow the options by their label, accents optional (long lists: localities, units, specialties). */
  searchable?: boolean;
}

/** A filter above a list: a clearable Select named by its placeholder. */
export function FilterSelect<V>({ label, width, searchable, ...props }: Props<V>) {
  const shared = { allowClear: true, 'aria-label': label, placeholder: label, style: { width } };
  return searchable ? <SearchSelect<V> {...shared} {...props} /> : <Select<V> {...shared} {...props} />;
}
