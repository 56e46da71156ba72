import { Button, Flex, Table, Tag, Tooltip } from 'antd';
import type { ConscriptionRecordRow, ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { totalText, useListTableLayout } from '../../shared/PagedTable';
import { savedRowClassName, useSavedRowInView } from '../../shared/use-saved-row';
import { legalPointOf, localityLabel, stateColor, stateLabelOf } from './record-labels';
import type { NamedMessage } from './run-steps';
import { WarningBadge } from './WarningBadge';

interface Props {
  rows: readonly ConscriptionRecordRow[];
  total: number;
  loading: boolean;
  paging: { page: number; pageSize: number };
  selected: readonly ConscriptionRecordView[];
  /** Tick boxes only serve the bulk steps, which a read-only account does not get. */
  selectable: boolean;
  /** Warnings a step returned in this session, shown with the ones the list carries for each row. */
  warnings: ReadonlyMap<string, readonly NamedMessage[]>;
  onPage(paging: { page: number; pageSize: number }): void;
  onSelect(rows: ConscriptionRecordView[]): void;
  onOpen(record: ConscriptionRecordView): void;
  /** The row of a record just saved (see use-saved-row.ts). */
  highlightId?: string | null;
}

const t = vi.conscription.records;

/** The row's standing warnings from the list, plus any a step returned this session, without repeats. */
function rowWarnings(row: ConscriptionRecordRow, fromSteps: readonly NamedMessage[] = []): NamedMessage[] {
  const standing = row.warnings.map((w) => ({ recordId: row.id, name: row.fullName, message: w.message }));
  const messages = new Set(standing.map((w) => w.message));
  return [...standing, ...fromSteps.filter((w) => !messages.has(w.message))];
}

/** A campaign's citizens, one page at a time, with a tick box per row for bulk steps. */
export function RecordTable({
  rows,
  total,
  loading,
  paging,
  selected,
  selectable,
  warnings,
  onPage,
  onSelect,
  onOpen,
  highlightId,
}: Props) {
  const [measureFrom, scroll] = useListTableLayout();
  const wrap = useSavedRowInView(measureFrom, highlightId, rows);
  return (
    <div ref={wrap} className="qsdp-list">
      <Table<ConscriptionRecordRow>
        rowKey="id"
        rowClassName={savedRowClassName(highlightId)}
        size="small"
        scroll={scroll}
        loading={loading}
        dataSource={[...rows]}
        locale={{ emptyText: t.empty }}
        rowSelection={
          selectable
            ? {
                selectedRowKeys: selected.map((r) => r.id),
                preserveSelectedRowKeys: true,
                onChange: (_keys, selectedRows) => onSelect(selectedRows.filter(Boolean)),
                getCheckboxProps: (r) => ({ 'aria-label': r.fullName }),
                getTitleCheckboxProps: () => ({ 'aria-label': vi.common.selectAll }),
              }
            : undefined
        }
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => totalText(n, vi.layout.units.people),
        }}
        onChange={(pagination) => onPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 50 })}
        columns={[
          {
            title: t.fullName,
            key: 'name',
            width: 210,
            fixed: 'left',
            render: (_, r) => (
              <Flex gap={6} align="center">
                <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(r)}>
                  {r.fullName}
                </Button>
                <WarningBadge list={rowWarnings(r, warnings.get(r.id))} />
              </Flex>
            ),
          },
          { title: t.birthDate, key: 'birthDate', width: 105, render: (_, r) => displayDate(r.birthDate) },
          { title: t.locality, key: 'locality', render: (_, r) => localityLabel(r) },
          {
            title: t.state,
            key: 'state',
            width: 230,
            render: (_, r) => <Tag color={stateColor(r.state)}>{stateLabelOf(r)}</Tag>,
          },
          {
            title: t.healthClass,
            key: 'healthClass',
            width: 85,
            render: (_, r) =>
              r.healthClass === null
                ? vi.common.none
                : format(vi.conscription.healthClassShort, { healthClass: r.healthClass }),
          },
          {
            title: t.legalPoint,
            key: 'legalPoint',
            width: 130,
            render: (_, r) => {
              const point = legalPointOf(r);
              return point ? (
                <Tooltip title={point.text}>
                  <span>{point.short}</span>
                </Tooltip>
              ) : (
                vi.common.none
              );
            },
          },
          {
            title: t.orderNumber,
            key: 'orderNumber',
            width: 75,
            align: 'right',
            render: (_, r) => r.orderNumber ?? vi.common.none,
          },
        ]}
      />
    </div>
  );
}
