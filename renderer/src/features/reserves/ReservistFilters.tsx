import { Checkbox, Flex, InputNumber } from 'antd';
import type { Locality, ReserveUnit, ReservistCategory, Specialty } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { FilterSelect } from '../../shared/FilterSelect';
import { SearchBox } from '../../shared/SearchBox';
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
}

const t = vi.reserves.filters;

/** Search box (debounced) and the reservist list's filters; every filter runs in SQL. */
export function ReservistFilters({ value, localities, specialties, units, onChange }: Props) {
  const set = (patch: Partial<ReservistFilterValues>) => onChange({ ...value, ...patch });
  const num = (n: number | null) => (n === null ? undefined : n);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <SearchBox
        label={vi.reserves.list.searchPlaceholder}
        value={value.search}
        onSearch={(search) => onChange({ ...value, search })}
        width={340}
      />
      <FilterSelect
        label={t.locality}
        width={220}
        searchable
        options={localityOptions(localities)}
        value={value.localityId}
        onChange={(localityId?: string) => set({ localityId })}
      />
      <FilterSelect
        label={t.category}
        width={190}
        options={categoryOptions}
        value={value.category}
        onChange={(category?: ReservistCategory) => set({ category })}
      />
      <FilterSelect
        label={t.grade}
        width={100}
        options={gradeOptions}
        value={value.grade}
        onChange={(grade?: 1 | 2) => set({ grade })}
      />
      <FilterSelect
        label={t.specialty}
        width={220}
        searchable
        options={specialties.map((s) => ({ value: s.id, label: specialtyLabel(s) }))}
        value={value.specialtyId}
        onChange={(specialtyId?: string) => set({ specialtyId })}
      />
      <FilterSelect
        label={t.unit}
        width={220}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        value={value.unitId}
        onChange={(unitId?: string) => set({ unitId })}
      />
      <FilterSelect
        label={t.assigned}
        width={150}
        options={[
          { value: 'yes', label: t.assignedYes },
          { value: 'no', label: t.assignedNo },
        ]}
        value={value.assigned === undefined ? undefined : value.assigned ? 'yes' : 'no'}
        onChange={(v?: string) => set({ assigned: v === undefined ? undefined : v === 'yes' })}
      />
      <InputNumber
        aria-label={t.ageFrom}
        placeholder={t.ageFrom}
        min={0}
        max={120}
        value={value.ageFrom ?? null}
        onChange={(n) => set({ ageFrom: num(n) })}
        style={{ width: 100 }}
      />
      <InputNumber
        aria-label={t.ageTo}
        placeholder={t.ageTo}
        min={0}
        max={120}
        value={value.ageTo ?? null}
        onChange={(n) => set({ ageTo: num(n) })}
        style={{ width: 80 }}
      />
      <Checkbox
        checked={value.pastAgeLimit === true}
        onChange={(e) => set({ pastAgeLimit: e.target.checked ? true : undefined })}
      >
        {t.pastAgeLimit}
      </Checkbox>
      <Checkbox checked={value.removed} onChange={(e) => set({ removed: e.target.checked })}>
        {t.removed}
      </Checkbox>
    </Flex>
  );
}
