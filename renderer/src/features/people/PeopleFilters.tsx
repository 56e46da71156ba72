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
    <FilterBar
      searchLabel={t.searchPlaceholder}
      searchWidth={340}
      search={field('search')}
      moreSet={
        [value.birthYearFrom, value.birthYearTo].filter((v) => v !== undefined).length + (value.archived ? 1 : 0)
      }
      more={
        <>
          <NumberFilter label={t.birthYearFrom} min={1900} max={2100} width={200} {...field('birthYearFrom')} />
          <NumberFilter label={t.birthYearTo} min={1900} max={2100} width={200} {...field('birthYearTo')} />
          <Checkbox checked={value.archived} onChange={(e) => set({ archived: e.target.checked })}>
            {t.showArchived}
          </Checkbox>
        </>
      }
    >
      <FilterSelect
        label={t.locality}
        width={240}
        searchable
        options={localityOptions(localities)}
        {...field('localityId')}
      />
      <FilterSelect label={t.sex} width={110} options={sexOptions} {...field('sex')} />
    </FilterBar>
  );
}
