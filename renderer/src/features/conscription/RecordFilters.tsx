import { Flex, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { ConscriptionState, Locality } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { FilterBar } from '../../shared/FilterBar';
import { filterFields } from '../../shared/filter-fields';
import { FilterSelect } from '../../shared/FilterSelect';
import { NumberFilter } from '../../shared/NumberFilter';
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
  /** The list's actions, at the right end of the filters' row. */
  actions?: ReactNode;
}

const t = vi.conscription.records;

/** Search (accent-free, debounced) and filters above a campaign's citizens. */
export function RecordFilters({ value, localities, ageOn, onChange, actions }: Props) {
  const { field } = filterFields(value, onChange);
  const ageHint = format(t.ageHint, { date: ageOn });

  return (
    <FilterBar
      searchLabel={t.searchPlaceholder}
      searchWidth={220}
      search={field('search')}
      actions={actions}
      moreSet={[value.localityId, value.healthClass, value.ageFrom, value.ageTo].filter((v) => v !== undefined).length}
      more={
        <>
          <FilterSelect
            label={t.localityFilter}
            width={260}
            searchable
            options={localityOptions(localities)}
            {...field('localityId')}
          />
          <FilterSelect
            label={t.healthClassFilter}
            width={260}
            options={HEALTH_CLASS_OPTIONS}
            {...field('healthClass')}
          />
          searchable mode="multiple" maxTagCount="responsive" options={stateOptions}
          <Tooltip title={ageHint}>
            <Flex gap={4} align="center">
              <NumberFilter
                label={`${t.ageFrom} (${ageHint})`}
                placeholder={t.ageFrom}
                min={0}
                max={120}
                precision={0}
                width={100}
                {...field('ageFrom')}
              />
              <NumberFilter
                label={`${t.ageTo} (${ageHint})`}
                placeholder={t.ageTo}
                min={0}
                max={120}
                precision={0}
                width={80}
                {...field('ageTo')}
              />
            </Flex>
          </Tooltip>
        </>
      }
    >
      <FilterSelect
        label={t.statesFilter}
        width={210}
        searchable
        mode="multiple"
        maxTagCount="responsive"
        options={stateOptions}
        {...field('states')}
      />
    </FilterBar>
  );
}
