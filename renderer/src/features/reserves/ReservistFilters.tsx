import type { ReactNode } from 'react';
import { Checkbox } from 'antd';
import type { Locality, ReserveUnit, ReservistCategory, Specialty } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { FilterBar } from '../../shared/FilterBar';
import { filterFields } from '../../shared/filter-fields';
import { FilterSelect } from '../../shared/FilterSelect';
import { NumberFilter } from '../../shared/NumberFilter';
import { localityOptions } from '../localities/locality-labels';
import { categoryOptions, gradeOptions, specialtyLabel } from './reserve-labels';

export interface ReservistFilterValues {
  search: string;
  removed: boolean;
  localityId?: string;
  category?: ReservistCategory;
  grade?: 1 | 2;
  specialtyId?: string;
  unitId?: string;
  assigned?: boolean;
  ageFrom?: number;
  ageTo?: number;
  pastAgeLimit?: boolean;
}

interface Props {
  value: ReservistFilterValues;
  localities: readonly Locality[];
  specialties: readonly Specialty[];
  units: readonly ReserveUnit[];
  onChange(next: ReservistFilterValues): void;
  /** The list's actions, at the right end of the filters' row. */
  actions?: ReactNode;
}

const t = vi.reserves.filters;

/** Search box (debounced) and the reservist list's filters; every filter runs in SQL. */
export function ReservistFilters({ value, localities, specialties, units, onChange, actions }: Props) {
  const { set, field } = filterFields(value, onChange);
  const specialtyOptions = specialties.map((s) => ({ value: s.id, label: specialtyLabel(s) }));
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const assignedOptions = [
    { value: 'yes', label: t.assignedYes },
    { value: 'no', label: t.assignedNo },
  ];

  return (
    <FilterBar
      searchLabel={vi.reserves.list.searchPlaceholder}
      searchWidth={280}
      search={field('search')}
      actions={actions}
      moreSet={
        [
          value.grade,
          value.specialtyId,
          value.unitId,
          value.assigned,
          value.ageFrom,
          value.ageTo,
          value.pastAgeLimit,
        ].filter((v) => v !== undefined).length + (value.removed ? 1 : 0)
      }
      more={
        <>
          <FilterSelect label={t.grade} width={260} options={gradeOptions} {...field('grade')} />
          <FilterSelect
            label={t.specialty}
            width={260}
            searchable
            options={specialtyOptions}
            {...field('specialtyId')}
          />
          <FilterSelect label={t.unit} width={260} options={unitOptions} {...field('unitId')} />
          <FilterSelect
            label={t.assigned}
            width={260}
            options={assignedOptions}
            value={value.assigned === undefined ? undefined : value.assigned ? 'yes' : 'no'}
            onChange={(v?: string) => set({ assigned: v === undefined ? undefined : v === 'yes' })}
          />
          <NumberFilter label={t.ageFrom} min={0} max={120} width={260} {...field('ageFrom')} />
          <NumberFilter label={t.ageTo} min={0} max={120} width={260} {...field('ageTo')} />
          <Checkbox
            checked={value.pastAgeLimit === true}
            onChange={(e) => set({ pastAgeLimit: e.target.checked ? true : undefined })}
          >
            {t.pastAgeLimit}
          </Checkbox>
          <Checkbox checked={value.removed} onChange={(e) => set({ removed: e.target.checked })}>
            {t.removed}
          </Checkbox>
        </>
      }
    >
      <FilterSelect
        label={t.locality}
        width={200}
        searchable
        options={localityOptions(localities)}
        {...field('localityId')}
      />
      <FilterSelect label={t.category} width={170} options={categoryOptions} {...field('category')} />
    </FilterBar>
  );
}
