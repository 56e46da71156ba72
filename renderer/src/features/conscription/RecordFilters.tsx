import { Flex, Input, InputNumber, Select, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import type { ConscriptionState, Locality } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { localityOptions } from '../localities/locality-labels';
import { HEALTH_CLASS_OPTIONS, stateOptions } from './record-labels';

export interface RecordFilterValues {
  search: string;
  states: ConscriptionState[];
  localityId?: string;
  healthClass?: number;
  ageFrom?: number;
  ageTo?: number;
}

interface Props {
  value: RecordFilterValues;
  localities: readonly Locality[];
  /** Ages are counted on this day (the campaign's first handover day), shown in dd/mm/yyyy. */
  ageOn: string;
  onChange(next: RecordFilterValues): void;
}

const SEARCH_DELAY_MS = 300;
const t = vi.conscription.records;

/** Search (accent-free, debounced) and filters above a campaign's citizens. */
export function RecordFilters({ value, localities, ageOn, onChange }: Props) {
  const [search, setSearch] = useState(value.search);

  useEffect(() => {
    if (search === value.search) return;
    const timer = setTimeout(() => onChange({ ...value, search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);

  const set = (patch: Partial<RecordFilterValues>) => onChange({ ...value, ...patch });
  const age = (n: number | null) => (n === null ? undefined : n);
  const ageHint = format(t.ageHint, { date: ageOn });

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        aria-label={t.searchPlaceholder}
        placeholder={t.searchPlaceholder}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(text) => onChange({ ...value, search: text })}
        style={{ width: 360 }}
      />
      <Select
        mode="multiple"
        allowClear
        showSearch
        optionFilterProp="label"
        maxTagCount="responsive"
        aria-label={t.statesFilter}
        placeholder={t.statesFilter}
        options={stateOptions}
        value={value.states}
        onChange={(states: ConscriptionState[]) => set({ states })}
        style={{ width: 300 }}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t.localityFilter}
        placeholder={t.localityFilter}
        options={localityOptions(localities)}
        value={value.localityId}
        onChange={(localityId?: string) => set({ localityId })}
        style={{ width: 220 }}
      />
      <Select
        allowClear
        aria-label={t.healthClassFilter}
        placeholder={t.healthClassFilter}
        options={HEALTH_CLASS_OPTIONS}
        value={value.healthClass}
        onChange={(healthClass?: number) => set({ healthClass })}
        style={{ width: 140 }}
      />
      <Tooltip title={ageHint}>
        <Flex gap={4} align="center">
          <InputNumber
            aria-label={`${t.ageFrom} (${ageHint})`}
            placeholder={t.ageFrom}
            min={0}
            max={120}
            precision={0}
            value={value.ageFrom ?? null}
            onChange={(n) => set({ ageFrom: age(n) })}
            style={{ width: 100 }}
          />
          <InputNumber
            aria-label={`${t.ageTo} (${ageHint})`}
            placeholder={t.ageTo}
            min={0}
            max={120}
            precision={0}
            value={value.ageTo ?? null}
            onChange={(n) => set({ ageTo: age(n) })}
            style={{ width: 80 }}
          />
        </Flex>
      </Tooltip>
    </Flex>
  );
}
