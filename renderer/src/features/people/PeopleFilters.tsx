import { Checkbox } from 'antd';
import type { Locality } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { FilterBar } from '../../shared/FilterBar';
import { filterFields } from '../../shared/filter-fields';
import { FilterSelect } from '../../shared/FilterSelect';
import { NumberFilter } from '../../shared/NumberFilter';
import { localityOptions } from '../localities/locality-labels';

export interface PeopleFilterValues {
  search: string;
  archived: boolean;
  localityId?: string;
  sex?: 'M' | 'F';
  birthYearFrom?: number;
  birthYearTo?: number;
}

interface Props {
  value: PeopleFilterValues;
  localities: readonly Locality[];
  onChange(next: PeopleFilterValues): void;
}

const sexOptions = [
  { value: 'M', label: vi.people.sexes.M },
  { value: 'F', label: vi.people.sexes.F },
];

/** Search box (debounced while typing) and filters above the people list. */
export function PeopleFilters({ value, localities, onChange }: Props) {
  const { set, field } = filterFields(value, onChange);
  const t = vi.people;

  return (
    <FilterBar searchLabel={t.searchPlaceholder} searchWidth={380} search={field('search')}>
      <FilterSelect
        label={t.locality}
        width={240}
        searchable
        options={localityOptions(localities)}
        {...field('localityId')}
      />
      <FilterSelect label={t.sex} width={110} options={sexOptions} {...field('sex')} />
      <NumberFilter label={t.birthYearFrom} min={1900} max={2100} width={130} {...field('birthYearFrom')} />
      <NumberFilter label={t.birthYearTo} min={1900} max={2100} width={100} {...field('birthYearTo')} />
      <Checkbox checked={value.archived} onChange={(e) => set({ archived: e.target.checked })}>
        {t.showArchived}
      </Checkbox>
    </FilterBar>
  );
}
