import { Table } from 'antd';
import type { ReadinessReview } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { DetailDrawer } from '../../shared/DetailDrawer';
import { useApiQuery } from '../../shared/use-api-query';
import { StateTag } from './readiness-labels';

const t = vi.readinessDocuments;

interface Props {
  holder: { id: string; name: string };
  kind: { id: string; name: string };
  onClose(): void;
}

/** Every review of one document, the latest first. */
export function HistoryDrawer({ holder, kind, onClose }: Props) {
  const query = useApiQuery('readinessDocuments.review.list', { holderId: holder.id, kindId: kind.id });
  return (
    <DetailDrawer
      query={query}
      size={640}
      title={format(t.historyOf, { kind: kind.name, holder: holder.name })}
      onClose={onClose}
    >
      {(reviews) => (
        <Table<ReadinessReview>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={reviews}
          locale={{ emptyText: t.historyEmpty }}
          columns={[
            { key: 'date', title: t.columns.reviewedOn, render: (_, r) => displayDate(r.reviewedOn), width: 110 },
            { key: 'state', title: t.columns.state, render: (_, r) => <StateTag state={r.state} /> },
            { key: 'reviewer', title: t.columns.reviewer, dataIndex: 'reviewer' },
            { key: 'note', title: t.columns.note, dataIndex: 'note' },
          ]}
        />
      )}
    </DetailDrawer>
  );
}
