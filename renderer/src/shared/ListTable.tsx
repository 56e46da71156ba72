import { Table, type TablePaginationConfig, type TableProps } from 'antd';
import { totalText, useListTableLayout, withFixedFirst } from './PagedTable';

/** The smallest page of a list read whole; a longer list is shown whole all the same. */
const WHOLE_PAGE = 100;

interface Props<T> extends Omit<TableProps<T>, 'pagination' | 'size' | 'scroll'> {
  /** What the list counts, for its total ("Tổng số: 12 tài khoản"); `vi.layout.units.records` unless said. */
  unit?: string;
  /** More of the pager; the whole list is on one page unless it says otherwise. */
  pagination?: Omit<TablePaginationConfig, 'showTotal'>;
  /** The body ends at the window's bottom edge (a list that is the screen); false for one below other content. */
  fillHeight?: boolean;
}

/**
 * A list read whole from the core (accounts, localities, backups, templates…), laid out like the paged
 * ones (PagedTable): compact rows, the first column fixed, sideways scrolling inside the table, a body
 * that ends at the window's bottom edge and the total under it in the same words as every list.
 */
export function ListTable<T extends object>({ unit, pagination, fillHeight = true, columns, ...table }: Props<T>) {
  const [measureFrom, scroll] = useListTableLayout();
  // All on one page: a list drawn as a tree (localities) must never put a commune's villages on
  // the page after their commune's.
  const whole = Math.max(WHOLE_PAGE, table.dataSource?.length ?? 0);
  return (
    <div ref={measureFrom} className="qsdp-list">
      <Table<T>
        size="small"
        scroll={fillHeight ? scroll : { x: scroll.x }}
        columns={withFixedFirst(columns)}
        pagination={{
          // Lists read whole are short (a few dozen rows): one page, its total shown all the same.
          pageSize: whole,
          showSizeChanger: false,
          hideOnSinglePage: false,
          ...pagination,
          showTotal: (total) => totalText(total, unit),
        }}
        {...table}
      />
    </div>
  );
}
