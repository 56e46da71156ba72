import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { SearchBox } from './SearchBox';

interface Props {
  /** The search box's accessible name and placeholder. */
  searchLabel: string;
  searchWidth: number;
  /** The search the list runs, and a new one (a `filterFields` field). */
  search: { value: string; onChange(text: string): void };
  /** The filters after the search box (FilterSelect, NumberFilter, checkboxes). */
  children: ReactNode;
}

/** The row above a list: its search box (debounced), then its filters, wrapping on a narrow window. */
export function FilterBar({ searchLabel, searchWidth, search, children }: Props) {
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <SearchBox label={searchLabel} value={search.value} onSearch={search.onChange} width={searchWidth} />
      {children}
    </Flex>
  );
}
