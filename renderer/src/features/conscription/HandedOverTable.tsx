import { Table } from 'antd';
import type { ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { totalText } from '../../shared/PagedTable';
import { displayDate } from '../../shared/dates';
import { localityLabel } from './record-labels';

interface Props {
  rows: readonly ConscriptionRecordView[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage(page: number): void;
}

const t = vi.conscription.handoverScreen;

/** Those already handed over: when, to which unit, army or police. */
export function HandedOverTable({ rows, total, loading, page, pageSize, onPage }: Props) {
  return (
    <Table<ConscriptionRecordView>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...rows]}
      locale={{ emptyText: vi.conscription.records.empty }}
      pagination={{
        current: page,
        pageSize,
        total,
        onChange: onPage,
        showTotal: (n) => totalText(n, vi.layout.units.people),
      }}
      columns={[
        { title: t.orderNumber, dataIndex: 'orderNumber', width: 90, align: 'right' },
        { title: vi.conscription.records.fullName, dataIndex: 'fullName' },
        { title: vi.conscription.records.locality, key: 'locality', render: (_, r) => localityLabel(r) },
        { title: t.handedOverOn, key: 'on', render: (_, r) => displayDate(r.handedOverOn) },
        { title: t.receivingUnit, dataIndex: 'receivingUnit' },
        { title: t.branch, key: 'branch', render: (_, r) => (r.branch ? vi.conscription.branches[r.branch] : '') },
      ]}
    />
  );
}
