import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Table } from 'antd';
import { useState } from 'react';
import type { Patrol } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { PatrolDialog } from './PatrolDialog';
import { RowActions } from './RowActions';

interface Props {
  year: number;
  month: number;
  defaultDay: string;
}

const t = vi.duty;

const hours = (p: Patrol) => [p.startsAt, p.endsAt].filter(Boolean).join('–');
const forces = (p: Patrol) =>
  [
    p.militiaCount ? `${t.militiaCount} ${p.militiaCount}` : '',
    p.policeCount ? `${t.policeCount} ${p.policeCount}` : '',
    p.otherCount ? `${t.otherCount} ${p.otherCount}` : '',
  ]
    .filter(Boolean)
    .join(', ');

/** The month's patrols with their forces and results. */
export function PatrolsPanel({ year, month, defaultDay }: Props) {
  const { message } = App.useApp();
  const can = useCan();
  const list = useApiQuery('duty.patrol.list', { year, month });
  const localities = useApiQuery('localities.list', {});
  const [editing, setEditing] = useState<Patrol | 'new' | null>(null);

  const { run: remove } = useApiAction(
    (patrol: Patrol) => api('duty.patrol.delete', { id: patrol.id, version: patrol.version }),
    { success: t.deleted, onSuccess: list.reload },
  );

  return (
    <Card
      title={t.patrols}
      size="small"
      extra={
        can.edit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t.addPatrol}
          </Button>
        )
      }
    >
      <Table<Patrol>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t.noPatrols }}
        columns={[
          { title: t.date, key: 'date', width: 100, render: (_, p) => displayDate(p.onDate) },
          { title: t.time, key: 'hours', width: 110, render: (_, p) => hours(p) },
          {
            title: t.area,
            key: 'area',
            render: (_, p) => [p.area, p.localityName].filter(Boolean).join(' – '),
          },
          { title: t.leader, dataIndex: 'leader', width: 160 },
          {
            title: t.forces,
            key: 'forces',
            render: (_, p) => (
              <>
                {format(t.personnel, { count: p.militiaCount + p.policeCount + p.otherCount })}
                <div>{forces(p)}</div>
                {p.forcesNote && <div>{p.forcesNote}</div>}
              </>
            ),
          },
          { title: t.result, dataIndex: 'result' },
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: !can.edit,
            width: 90,
            render: (_, p) => (
              <RowActions
                editLabel={t.editPatrol}
                deleteLabel={t.deletePatrol}
                confirm={t.confirmDeletePatrol}
                onEdit={() => setEditing(p)}
                onDelete={() => void remove(p)}
              />
            ),
          },
        ]}
      />
      {editing && (
        <PatrolDialog
          patrol={editing === 'new' ? null : editing}
          day={defaultDay}
          localities={localities.data ?? []}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              message.success(vi.common.saved);
              list.reload();
            }
          }}
        />
      )}
    </Card>
  );
}
