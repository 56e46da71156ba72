import type { ReactNode } from 'react';
import { Checkbox, Select } from 'antd';
import type {
  Locality,
  MilitiaAgeBand,
  MilitiaComponent,
  MilitiaForce,
  MilitiaPosition,
  MilitiaUnitGroup,
} from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { FilterBar } from '../../shared/FilterBar';
import { filterFields } from '../../shared/filter-fields';
import { FilterSelect } from '../../shared/FilterSelect';
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
  /** The list's actions, at the right end of the filters' row. */
  actions?: ReactNode;
}

const t = vi.militia.filters;
const statusOptions = (['active', 'ended', 'all'] as const).map((value) => ({
  value,
  label: vi.militia.statuses[value],
}));

/** Search (accent-free, debounced) and the list's filters. */
export function MemberFilters({ value, localities, groups, onChange, actions }: Props) {
  const { set, field } = filterFields(value, onChange);
  const wards = localities.filter((l) => TOP_LEVEL_KINDS.includes(l.kind)).map((l) => ({ value: l.id, label: l.name }));

  return (
    <FilterBar
      searchLabel={t.search}
      searchWidth={280}
      search={field('search')}
      actions={actions}
      moreSet={
        [value.force, value.component, value.position, value.ageBand].filter((v) => v !== undefined).length +
        (value.status === 'active' ? 0 : 1) +
        (value.termEndingSoon ? 1 : 0)
      }
      more={
        <>
          <FilterSelect label={t.force} width={280} searchable options={forceOptions} {...field('force')} />
          <FilterSelect label={t.component} width={280} searchable options={componentOptions} {...field('component')} />
          <FilterSelect label={t.position} width={280} searchable options={positionOptions} {...field('position')} />
          <FilterSelect label={t.ageBand} width={280} searchable options={ageBandOptions} {...field('ageBand')} />
          <Select aria-label={t.status} options={statusOptions} {...field('status')} style={{ width: 280 }} />
          <Checkbox checked={value.termEndingSoon} onChange={(e) => set({ termEndingSoon: e.target.checked })}>
            {t.termEndingSoon}
          </Checkbox>
        </>
      }
    >
      <FilterSelect label={t.locality} width={180} searchable options={wards} {...field('localityId')} />
      <FilterSelect label={t.unit} width={220} searchable options={unitOptions(groups)} {...field('unitId')} />
    </FilterBar>
  );
}
