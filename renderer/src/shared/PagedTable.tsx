import { Alert, Table, type TablePaginationConfig, type TableProps } from 'antd';
import { format, vi } from '../messages/vi';
import type { QueryState } from './use-api-query';
import { usePageInRange } from './use-page-in-range';
import { savedRowClassName, useSavedRowInView } from './use-saved-row';
import { useTableBodyHeight } from './use-table-body-height';

/** Which page of a list is shown, and how many rows a page. */
export interface Paging {
  page: number;
  pageSize: number;
}

interface Props<T> extends Omit<TableProps<T>, 'loading' | 'dataSource' | 'pagination' | 'locale'> {
  /** A list method's answer: a page of rows and how many there are in all. */
  list: QueryState<{ rows: readonly T[]; total: number }>;
  paging: Paging;
  onPaging(next: Paging): void;
  /** What the table says when there is nothing to show. */
  empty: string;
  /** More of the pager (page sizes, the total's wording); the page size can be changed unless it says not. */
  pagination?: Omit<TablePaginationConfig, 'current' | 'pageSize' | 'total' | 'onChange'>;
  /** The page shows the list's read error itself (beside its own notices); otherwise it stands above the table. */
  errorShownAbove?: boolean;
  /** The row of a record just saved (see use-saved-row.ts): marked, with a highlight that fades. */
  highlightId?: string | null;
  /** What the list counts, for its total ("Tổng số: 40 người"); `vi.layout.units.records` unless said. */
  unit?: string;
}

/** Every list's total in the same words: "Tổng số: 40 người". */
export function totalText(total: number, unit: string = vi.layout.units.records): string {
  return format(vi.layout.total, { total, unit });
}

/**
 * The columns that matter come first, and the first (the name, the number) stays fixed at the left
 * edge while the rest scroll sideways inside the table.
 */
export function withFixedFirst<T>(columns: TableProps<T>['columns']): TableProps<T>['columns'] {
  if (!columns?.length) return columns;
  const [first, ...rest] = columns;
  return [{ fixed: 'left', ...first }, ...rest];
}

/**
 * The props every list table shares, for lists that are not read a page at a time through
 * PagedTable: compact rows, one line a cell, scrolling sideways inside itself and a body that ends
 * at the window's bottom edge (the first value is the `ref` of the element wrapping the table).
 */
export function useListTableLayout(): [
  measureFrom: ReturnType<typeof useTableBodyHeight>[0],
  scroll: { x: 'max-content'; y?: number },
] {
  const [measureFrom, height] = useTableBodyHeight();
  return [measureFrom, { x: 'max-content', y: height }];
}

/** A list read a page at a time from the core: its read error, the table, its pager and its loading state. */
export function PagedTable<T extends object>({
  list,
  paging,
  onPaging,
  empty,
  pagination,
  errorShownAbove,
  highlightId,
  unit,
  columns,
  ...table
}: Props<T>) {
  const [measureFrom, scroll] = useListTableLayout();
  usePageInRange(list.data?.total, paging, onPaging);
  const wrap = useSavedRowInView(measureFrom, highlightId, list.data?.rows);
  return (
    <div ref={wrap} className="qsdp-list">
      {list.error && !errorShownAbove && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<T>
        rowKey="id"
        rowClassName={savedRowClassName(highlightId)}
        size="small"
        scroll={scroll}
        columns={withFixedFirst(columns)}
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: empty }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => totalText(total, unit),
          ...pagination,
          onChange: (page, pageSize) => onPaging({ page, pageSize }),
        }}
        {...table}
      />
    </div>
  );
}
