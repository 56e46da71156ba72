import { Checkbox, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import type {
  Locality,
  MilitiaAgeBand,
  MilitiaComponent,
  MilitiaForce,
  MilitiaPosition,
  MilitiaUnitGroup,
} from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { TOP_LEVEL_KINDS } from '../localities/locality-labels';
import { ageBandOptions, componentOptions, forceOptions, positionOptions, unitOptions } from './militia-labels';

export interface MemberFilterValues {
  search: string;
  localityId?: string;
  unitId?: string;
  component?: MilitiaComponent;
  position?: MilitiaPosition;
  force?: MilitiaForce;
  ageBand?: MilitiaAgeBand;
  termEndingSoon: boolean;
  status: 'active' | 'ended' | 'all';
}

interface Props {
  value: MemberFilterValues;
  localities: readonly Locality[];
  groups: readonly MilitiaUnitGroup[];
  onChange(next: MemberFilterValues): void;
}

const SEARCH_DELAY_MS = 300;
const t = vi.militia.filters;
const statusOptions = (['active', 'ended', 'all'] as const).map((value) => ({
  value,
  label: vi.militia.statuses[value],
}));

/** Search (accent-free, debounced) and the list's filters. */
export function MemberFilters({ value, localities, groups, onChange }: Props) {
  const [search, setSearch] = useState(value.search);

  useEffect(() => {
    if (search === value.search) return;
    const timer = setTimeout(() => onChange({ ...value, search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);

  const set = (patch: Partial<MemberFilterValues>) => onChange({ ...value, ...patch });
  const select = (label: string, width: number) => ({
    allowClear: true,
    showSearch: true,
    optionFilterProp: 'label',
    'aria-label': label,
    placeholder: label,
    style: { width },
  });

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        aria-label={t.search}
        placeholder={t.search}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(text) => onChange({ ...value, search: text })}
        style={{ width: 340 }}
      />
      <Select
        {...select(t.locality, 200)}
        options={localities
          .filter((l) => TOP_LEVEL_KINDS.includes(l.kind))
          .map((l) => ({ value: l.id, label: l.name }))}
        value={value.localityId}
        onChange={(localityId?: string) => set({ localityId })}
      />
      <Select
        {...select(t.unit, 280)}
        options={unitOptions(groups)}
        value={value.unitId}
        onChange={(unitId?: string) => set({ unitId })}
      />
      <Select
        {...select(t.force, 130)}
        options={forceOptions}
        value={value.force}
        onChange={(force?: MilitiaForce) => set({ force })}
      />
      <Select
        {...select(t.component, 200)}
        options={componentOptions}
        value={value.component}
        onChange={(component?: MilitiaComponent) => set({ component })}
      />
      <Select
        {...select(t.position, 190)}
        options={positionOptions}
        value={value.position}
        onChange={(position?: MilitiaPosition) => set({ position })}
      />
      <Select
        {...select(t.ageBand, 150)}
        options={ageBandOptions}
        value={value.ageBand}
        onChange={(ageBand?: MilitiaAgeBand) => set({ ageBand })}
      />
      <Select
        aria-label={t.status}
        options={statusOptions}
        value={value.status}
        onChange={(status: MemberFilterValues['status']) => set({ status })}
        style={{ width: 150 }}
      />
      <Checkbox checked={value.termEndingSoon} onChange={(e) => set({ termEndingSoon: e.target.checked })}>
        {t.termEndingSoon}
      </Checkbox>
    </Flex>
  );
}
