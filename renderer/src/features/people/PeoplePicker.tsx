import { Flex, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { Person } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { SearchBox } from '../../shared/SearchBox';
import type { PeopleSearch } from './use-people-search';

interface Props {
  search: PeopleSearch;
  /** The search box's accessible name. */
  label: string;
  /** Beside the search box (e.g. "register a new person"). */
  extra?: ReactNode;
  rowSelection: TableProps<Person>['rowSelection'];
  onRow?: TableProps<Person>['onRow'];
}

/**
 * A search of the register and a page of its people to pick from — name, birth date, sex and
 * locality — where people are added to something (a campaign, a militia unit).
 */
export function PeoplePicker({ search, label, extra, rowSelection, onRow }: Props) {
  const { people } = search;
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 8 }}>
        <SearchBox
          autoFocus
          label={label}
          placeholder={vi.people.searchPlaceholder}
          value={search.search}
          onSearch={search.onSearch}
        />
        {extra}
      </Flex>
      <Table<Person>
        rowKey="id"
        size="small"
        loading={people.loading}
        dataSource={people.data?.rows ?? []}
        locale={{ emptyText: vi.people.empty }}
        rowSelection={rowSelection}
        onRow={onRow}
        pagination={{
          current: search.page,
          pageSize: search.pageSize,
          total: people.data?.total ?? 0,
          onChange: search.setPage,
          size: 'small',
        }}
        columns={[
          { title: vi.people.fullName, dataIndex: 'fullName' },
          { title: vi.people.birthDate, key: 'birthDate', render: (_, p) => displayDate(p.birthDate) },
          { title: vi.people.sex, key: 'sex', render: (_, p) => vi.people.sexes[p.sex] },
          {
            title: vi.people.locality,
            key: 'locality',
            render: (_, p) => [p.localityName, p.localityParentName].filter(Boolean).join(', ') || vi.common.none,
          },
        ]}
      />
    </>
  );
}
