import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Popover } from 'antd';
import type { ReactNode } from 'react';
import { format, vi } from '../messages/vi';
import { SearchBox } from './SearchBox';

interface Props {
  /** The search box's accessible name and placeholder. */
  searchLabel: string;
  searchWidth: number;
  /** The search the list runs, and a new one (a `filterFields` field). */
  search: { value: string; onChange(text: string): void };
  /** The filters used most, after the search box on the same row (FilterSelect, NumberFilter, checkboxes). */
  children?: ReactNode;
  /** The other filters, behind "Thêm bộ lọc": one row of filters leaves the screen to the list. */
  more?: ReactNode;
  /** How many of the `more` filters are set, shown on the button so a hidden filter is never forgotten. */
  moreSet?: number;
  /** What stands at the row's right end (the list's actions). */
  actions?: ReactNode;
}

/** The row above a list: its search box (debounced), its main filters, "Thêm bộ lọc" for the rest, its actions. */
export function FilterBar({ searchLabel, searchWidth, search, children, more, moreSet = 0, actions }: Props) {
  const moreLabel = moreSet > 0 ? format(vi.layout.moreFiltersSet, { count: moreSet }) : vi.layout.moreFilters;
  return (
    <Flex gap={8} align="center" justify="space-between" style={{ marginBottom: 12 }}>
      <Flex gap={8} wrap align="center" style={{ minWidth: 0 }}>
        <SearchBox label={searchLabel} value={search.value} onSearch={search.onChange} width={searchWidth} />
        {children}
        {more && (
          <Popover
            trigger="click"
            placement="bottomLeft"
            content={
              <Flex vertical gap={8} role="group" aria-label={vi.layout.moreFilters}>
                {more}
              </Flex>
            }
          >
            <Badge count={moreSet} size="small">
              <Button icon={<FilterOutlined />} aria-label={moreLabel}>
                {vi.layout.moreFilters}
              </Button>
            </Badge>
          </Popover>
        )}
      </Flex>
      {actions && (
        <Flex gap={8} align="center" style={{ flexShrink: 0 }}>
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
