import { Checkbox, Flex, InputNumber } from 'antd';
import type { Locality } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { FilterSelect } from '../../shared/FilterSelect';
import { SearchBox } from '../../shared/SearchBox';
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

/** Search box (debounced while typing) and filters above the people list. */
export function PeopleFilters({ value, localities, onChange }: Props) {
  const set = (patch: Partial<PeopleFilterValues>) => onChange({ ...value, ...patch });
  const year = (n: number | null) => (n === null ? undefined : n);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <SearchBox
        label={vi.people.searchPlaceholder}
        value={value.search}
        onSearch={(search) => onChange({ ...value, search })}
        width={380}
      />
      <FilterSelect
        label={vi.people.locality}
        width={240}
        searchable
        options={localityOptions(localities)}
        value={value.localityId}
        onChange={(localityId?: string) => set({ localityId })}
      />
      <FilterSelect
        label={vi.people.sex}
        width={110}
        options={[
          { value: 'M', label: vi.people.sexes.M },
          { value: 'F', label: vi.people.sexes.F },
        ]}
        value={value.sex}
        onChange={(sex?: 'M' | 'F') => set({ sex })}
      />
      <InputNumber
        aria-label={vi.people.birthYearFrom}
        placeholder={vi.people.birthYearFrom}
        min={1900}
        max={2100}
        value={value.birthYearFrom ?? null}
        onChange={(n) => set({ birthYearFrom: year(n) })}
        style={{ width: 130 }}
      />
      <InputNumber
        aria-label={vi.people.birthYearTo}
        placeholder={vi.people.birthYearTo}
        min={1900}
        max={2100}
        value={value.birthYearTo ?? null}
        onChange={(n) => set({ birthYearTo: year(n) })}
        style={{ width: 100 }}
      />
      <Checkbox checked={value.archived} onChange={(e) => set({ archived: e.target.checked })}>
        {vi.people.showArchived}
      </Checkbox>
    </Flex>
  );
}
