import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Table } from 'antd';
import { useState } from 'react';
import type { DutyIncident } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { dayOf, timeOf } from './duty-time';
import { IncidentDialog } from './IncidentDialog';
import { RowActions } from './RowActions';

interface Props {
  year: number;
  month: number;
  /** Where a new incident's date starts. */
  defaultDay: string;
}

const t = vi.duty;

/** The month's incidents logged during duty. */
export function IncidentsPanel({ year, month, defaultDay }: Props) {
  const { message } = App.useApp();
  const can = useCan();
  const list = useApiQuery('duty.incident.list', { year, month });
  const [editing, setEditing] = useState<DutyIncident | 'new' | null>(null);

  const { run: remove } = useApiAction(
    (incident: DutyIncident) => api('duty.incident.delete', { id: incident.id, version: incident.version }),
    { success: t.deleted, onSuccess: list.reload },
  );

  return (
    <Card
      title={t.incidents}
      size="small"
      extra={
        can.edit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t.addIncident}
          </Button>
        )
      }
    >
      <Table<DutyIncident>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t.noIncidents }}
        columns={[
          {
            title: t.time,
            key: 'at',
            width: 140,
            render: (_, r) => `${timeOf(r.occurredAt)} ${displayDate(dayOf(r.occurredAt))}`,
          },
          { title: t.description, dataIndex: 'description' },
          { title: t.actionTaken, dataIndex: 'actionTaken' },
          { title: t.reportedBy, dataIndex: 'reportedBy', width: 140 },
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: !can.edit,
            width: 90,
            render: (_, r) => (
              <RowActions
                editLabel={t.editIncident}
                deleteLabel={t.deleteIncident}
                confirm={t.confirmDeleteIncident}
                onEdit={() => setEditing(r)}
                onDelete={() => void remove(r)}
              />
            ),
          },
        ]}
      />
      {editing && (
        <IncidentDialog
          incident={editing === 'new' ? null : editing}
          day={defaultDay}
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
