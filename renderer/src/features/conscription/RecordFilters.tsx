import { Flex, InputNumber, Tooltip } from 'antd';
import type { ConscriptionState, Locality } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { FilterSelect } from '../../shared/FilterSelect';
import { SearchBox } from '../../shared/SearchBox';
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

const t = vi.conscription.records;

/** Search (accent-free, debounced) and filters above a campaign's citizens. */
export function RecordFilters({ value, localities, ageOn, onChange }: Props) {
  const set = (patch: Partial<RecordFilterValues>) => onChange({ ...value, ...patch });
  const age = (n: number | null) => (n === null ? undefined : n);
  const ageHint = format(t.ageHint, { date: ageOn });

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <SearchBox
        label={t.searchPlaceholder}
        value={value.search}
        onSearch={(search) => onChange({ ...value, search })}
        width={360}
      />
      <FilterSelect
        label={t.statesFilter}
        width={300}
        searchable
        mode="multiple"
        maxTagCount="responsive"
        options={stateOptions}
        value={value.states}
        onChange={(states: ConscriptionState[]) => set({ states })}
      />
      <FilterSelect
        label={t.localityFilter}
        width={220}
        searchable
        options={localityOptions(localities)}
        value={value.localityId}
        onChange={(localityId?: string) => set({ localityId })}
      />
      <FilterSelect
        label={t.healthClassFilter}
        width={140}
        options={HEALTH_CLASS_OPTIONS}
        value={value.healthClass}
        onChange={(healthClass?: number) => set({ healthClass })}
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
