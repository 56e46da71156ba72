import { Checkbox, Flex, Select } from 'antd';
import type {
  Locality,
  MilitiaAgeBand,
  MilitiaComponent,
  MilitiaForce,
  MilitiaPosition,
  MilitiaUnitGroup,
} from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { FilterSelect } from '../../shared/FilterSelect';
import { SearchBox } from '../../shared/SearchBox';
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

const t = vi.militia.filters;
const statusOptions = (['active', 'ended', 'all'] as const).map((value) => ({
  value,
  label: vi.militia.statuses[value],
}));

/** Search (accent-free, debounced) and the list's filters. */
export function MemberFilters({ value, localities, groups, onChange }: Props) {
  const set = (patch: Partial<MemberFilterValues>) => onChange({ ...value, ...patch });

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <SearchBox
        label={t.search}
        value={value.search}
        onSearch={(search) => onChange({ ...value, search })}
        width={340}
      />
      <FilterSelect
        label={t.locality}
        width={200}
        searchable
        options={localities
          .filter((l) => TOP_LEVEL_KINDS.includes(l.kind))
          .map((l) => ({ value: l.id, label: l.name }))}
        value={value.localityId}
        onChange={(localityId?: string) => set({ localityId })}
      />
      <FilterSelect
        label={t.unit}
        width={280}
        searchable
        options={unitOptions(groups)}
        value={value.unitId}
        onChange={(unitId?: string) => set({ unitId })}
      />
      <FilterSelect
        label={t.force}
        width={130}
        searchable
        options={forceOptions}
        value={value.force}
        onChange={(force?: MilitiaForce) => set({ force })}
      />
      <FilterSelect
        label={t.component}
        width={200}
        searchable
        options={componentOptions}
        value={value.component}
        onChange={(component?: MilitiaComponent) => set({ component })}
      />
      <FilterSelect
        label={t.position}
        width={190}
        searchable
        options={positionOptions}
        value={value.position}
        onChange={(position?: MilitiaPosition) => set({ position })}
      />
      <FilterSelect
        label={t.ageBand}
        width={150}
        searchable
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
