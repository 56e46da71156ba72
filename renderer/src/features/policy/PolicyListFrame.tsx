import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable, type Paging } from '../../shared/PagedTable';
import { SearchBox } from '../../shared/SearchBox';
import { useApiAction } from '../../shared/use-api-action';
import type { QueryState } from '../../shared/use-api-query';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { yearOptions } from './policy-labels';

export interface PolicyFilters {
  year?: number;
  search: string;
}

interface Labels {
  add: string;
  edit: string;
  delete: string;
  confirmDelete: string;
  empty: string;
}

interface Props<R extends { id: string; version: number }> {
  labels: Labels;
  filters: PolicyFilters;
  onFilters(next: PolicyFilters): void;
  paging: Paging;
  onPaging(next: Paging): void;
  list: QueryState<{ rows: readonly R[]; total: number }>;
  columns: TableColumnsType<R>;
  onAdd(): void;
  onEdit(row: R): void;
  /** Deletes the row in the core (at its version; audited there). */
  remove(row: R): Promise<unknown>;
  /** The row of a record just saved (see use-saved-row.ts). */
  highlightId?: string | null;
}

/** One sub-list of the policy tab: year and accent-free search, add, the paged table with edit and delete. */
export function PolicyListFrame<R extends { id: string; version: number }>(props: Props<R>) {
  const { labels, filters, onFilters, list } = props;
  const can = useCan();
  const { run: removeRow } = useApiAction(props.remove, { success: vi.policy.deleted, onSuccess: list.reload });
  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <FilterSelect
          label={vi.policy.filters.year}
          width={110}
          options={yearOptions(dayjs().year())}
          value={filters.year}
          onChange={(year?: number) => onFilters({ ...filters, year })}
        />
        <SearchBox
          label={vi.policy.filters.search}
          value={filters.search}
          onSearch={(search) => onFilters({ ...filters, search })}
          width={320}
        />
        <Flex style={{ marginLeft: 'auto' }}>
          <EditorButton onClick={props.onAdd}>{labels.add}</EditorButton>
        </Flex>
      </Flex>
      <PagedTable<R>
        unit={vi.layout.units.people}
        list={list}
        paging={props.paging}
        onPaging={props.onPaging}
        highlightId={props.highlightId}
        empty={labels.empty}
        scroll={{ x: 'max-content' }}
        columns={[
          ...props.columns,
          {
            title: vi.policy.actions,
            key: 'actions',
            hidden: !can.edit,
            width: 90,
            fixed: 'right',
            render: (_, row) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={labels.edit}
                  onClick={() => props.onEdit(row)}
                />
                <ConfirmButton
                  confirm={labels.confirmDelete}
                  onConfirm={() => void removeRow(row)}
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={labels.delete}
                />
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
