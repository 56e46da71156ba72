import { Checkbox, Flex, Input, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Locality } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
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

const SEARCH_DELAY_MS = 300;

/** Search box (debounced while typing) and filters above the people list. */
export function PeopleFilters({ value, localities, onChange }: Props) {
  const [search, setSearch] = useState(value.search);

  useEffect(() => {
    if (search === value.search) return;
    const timer = setTimeout(() => onChange({ ...value, search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);

  const set = (patch: Partial<PeopleFilterValues>) => onChange({ ...value, ...patch });
  const year = (n: number | null) => (n === null ? undefined : n);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        aria-label={vi.people.searchPlaceholder}
        placeholder={vi.people.searchPlaceholder}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(text) => onChange({ ...value, search: text })}
        style={{ width: 380 }}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={vi.people.locality}
        placeholder={vi.people.locality}
        options={localityOptions(localities)}
        value={value.localityId}
        onChange={(localityId?: string) => set({ localityId })}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        aria-label={vi.people.sex}
        placeholder={vi.people.sex}
        options={[
          { value: 'M', label: vi.people.sexes.M },
          { value: 'F', label: vi.people.sexes.F },
        ]}
        value={value.sex}
        onChange={(sex?: 'M' | 'F') => set({ sex })}
        style={{ width: 110 }}
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
