import { Checkbox, Flex, Input, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Locality, ReserveUnit, ReservistCategory, Specialty } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
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
const SEARCH_DELAY_MS = 300;

/** Search box (debounced) and the reservist list's filters; every filter runs in SQL. */
export function ReservistFilters({ value, localities, specialties, units, onChange }: Props) {
  const [search, setSearch] = useState(value.search);

  useEffect(() => {
    if (search === value.search) return;
    const timer = setTimeout(() => onChange({ ...value, search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);

  const set = (patch: Partial<ReservistFilterValues>) => onChange({ ...value, ...patch });
  const num = (n: number | null) => (n === null ? undefined : n);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        aria-label={vi.reserves.list.searchPlaceholder}
        placeholder={vi.reserves.list.searchPlaceholder}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(text) => onChange({ ...value, search: text })}
        style={{ width: 340 }}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t.locality}
        placeholder={t.locality}
        options={localityOptions(localities)}
        value={value.localityId}
        onChange={(localityId?: string) => set({ localityId })}
        style={{ width: 220 }}
      />
      <Select
        allowClear
        aria-label={t.category}
        placeholder={t.category}
        options={categoryOptions}
        value={value.category}
        onChange={(category?: ReservistCategory) => set({ category })}
        style={{ width: 190 }}
      />
      <Select
        allowClear
        aria-label={t.grade}
        placeholder={t.grade}
        options={gradeOptions}
        value={value.grade}
        onChange={(grade?: 1 | 2) => set({ grade })}
        style={{ width: 100 }}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t.specialty}
        placeholder={t.specialty}
        options={specialties.map((s) => ({ value: s.id, label: specialtyLabel(s) }))}
        value={value.specialtyId}
        onChange={(specialtyId?: string) => set({ specialtyId })}
        style={{ width: 220 }}
      />
      <Select
        allowClear
        aria-label={t.unit}
        placeholder={t.unit}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        value={value.unitId}
        onChange={(unitId?: string) => set({ unitId })}
        style={{ width: 220 }}
      />
      <Select
        allowClear
        aria-label={t.assigned}
        placeholder={t.assigned}
        options={[
          { value: 'yes', label: t.assignedYes },
          { value: 'no', label: t.assignedNo },
        ]}
        value={value.assigned === undefined ? undefined : value.assigned ? 'yes' : 'no'}
        onChange={(v?: string) => set({ assigned: v === undefined ? undefined : v === 'yes' })}
        style={{ width: 150 }}
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
