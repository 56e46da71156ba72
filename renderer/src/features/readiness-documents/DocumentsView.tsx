import { Button, Drawer, Flex, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type {
  ReadinessDocumentCell,
  ReadinessHolder,
  ReadinessHolderRow,
} from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import type { Paging } from '../../shared/PagedTable';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { HistoryDrawer } from './HistoryDrawer';
import { HolderDialog } from './HolderDialog';
import { HolderEditDialog } from './HolderEditDialog';
import { KindsDialog } from './KindsDialog';
import { StateTag } from './readiness-labels';
import { ReviewDialog } from './ReviewDialog';

const t = vi.readinessDocuments;

type Target = { holder: { id: string; name: string }; kind: { id: string; name: string } };

/** Each holder's documents on a day: a row per holder; a click on its name opens its documents (state tags, review, history). */
export function DocumentsView() {
  const can = useCan();
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 20 });
  const [reviewing, setReviewing] = useState<Target | null>(null);
  const [history, setHistory] = useState<Target | null>(null);
  const [addingHolder, setAddingHolder] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editingKinds, setEditingKinds] = useState(false);
  const [editingHolder, setEditingHolder] = useState<ReadinessHolder | null>(null);
  const list = useApiQuery('readinessDocuments.overview', { asOf: toIsoDate(asOf), ...paging });
  // A stable page (antd's expandable table re-syncs on every new data array): rows keyed by holder.
  const data = list.data;
  const page = useMemo(
    () => data && { rows: data.rows.map((r) => ({ ...r, id: r.holder.id })), total: data.total },
    [data],
  );
  const rows = { ...list, data: page };
  const open = page?.rows.find((r) => r.holder.id === openId);

  const documents = (row: ReadinessHolderRow) => (
    <Table<ReadinessDocumentCell>
      rowKey="kindId"
      size="small"
      pagination={false}
      dataSource={row.documents}
      columns={[
        { key: 'kind', title: t.columns.kind, dataIndex: 'kindName' },
        {
          key: 'state',
          title: t.columns.state,
          width: 210,
          render: (_, d) => (
            <Space size={4} wrap>
              <StateTag state={d.state} />
              {d.due && d.state === 'complete' && <Tag color="orange">{t.due}</Tag>}
            </Space>
          ),
        },
        { key: 'reviewedOn', title: t.columns.reviewedOn, width: 100, render: (_, d) => displayDate(d.reviewedOn) },
        { key: 'reviewer', title: t.columns.reviewer, dataIndex: 'reviewer' },
        {
          key: 'actions',
          title: t.columns.actions,
          width: 150,
          render: (_, d) => {
            const target = { holder: row.holder, kind: { id: d.kindId, name: d.kindName } };
            const label = (action: string) => `${action}: ${d.kindName} – ${row.holder.name}`;
            return (
              <Space size={0}>
                {can.edit && (
                  <Button type="link" size="small" aria-label={label(t.review)} onClick={() => setReviewing(target)}>
                    {t.review}
                  </Button>
                )}
                <Button type="link" size="small" aria-label={label(t.history)} onClick={() => setHistory(target)}>
                  {t.history}
                </Button>
              </Space>
            );
          },
        },
      ]}
    />
  );

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <span>{t.asOf}</span>
        <DateInput
          aria-label={t.asOf}
          allowClear={false}
          style={{ width: 140 }}
          value={asOf}
          onChange={(d) => d && !Array.isArray(d) && setAsOf(d)}
        />
        <Flex gap={8} style={{ marginLeft: 'auto' }}>
          {can.edit && <Button onClick={() => setEditingKinds(true)}>{t.kinds.open}</Button>}
          <EditorButton onClick={() => setAddingHolder(true)}>{t.addHolder}</EditorButton>
        </Flex>
      </Flex>
      <PagedTable<ReadinessHolderRow & { id: string }>
        list={rows}
        paging={paging}
        onPaging={setPaging}
        empty={t.emptyHolders}
        columns={[
          {
            key: 'holder',
            title: t.columns.holder,
            render: (_, r) => (
              <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(r.holder.id)}>
                {r.holder.name}
              </Button>
            ),
          },
          {
            key: 'summary',
            title: t.columns.summary,
            width: 150,
            render: (_, r) => (
              <Tag color={r.complete ? 'green' : 'gold'}>
                {format(t.summary, {
                  complete: r.documents.filter((d) => d.state === 'complete').length,
                  total: r.documents.length,
                })}
              </Tag>
            ),
          },
          {
            key: 'due',
            title: t.columns.due,
            width: 110,
            align: 'right',
            render: (_, r) => r.documents.filter((d) => d.due).length,
          },
        ]}
      />
      {open && (
        <Drawer
          open
          size={760}
          title={open.holder.name}
          onClose={() => setOpenId(null)}
          destroyOnHidden
          extra={can.edit && <Button onClick={() => setEditingHolder(open.holder)}>{t.editHolder}</Button>}
        >
          {documents(open)}
        </Drawer>
      )}
      {reviewing && (
        <ReviewDialog
          {...reviewing}
          onClose={(saved) => {
            setReviewing(null);
            if (saved) list.reload();
          }}
        />
      )}
      {editingHolder && (
        <HolderEditDialog
          holder={editingHolder}
          onClose={(saved) => {
            setEditingHolder(null);
            if (saved) list.reload();
          }}
        />
      )}
      {editingKinds && (
        <KindsDialog
          onClose={() => {
            setEditingKinds(false);
            list.reload();
          }}
        />
      )}
      {history && <HistoryDrawer {...history} onClose={() => setHistory(null)} />}
      {addingHolder && (
        <HolderDialog
          onClose={(saved) => {
            setAddingHolder(false);
            if (saved) list.reload();
          }}
        />
      )}
    </>
  );
}
