import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, List, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DutyCandidate, DutyShift } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { dayOf, timeOf } from './duty-time';
import { ShiftDialog } from './ShiftDialog';

interface Props {
  day: string;
  candidates: readonly DutyCandidate[];
  onClose(changed: boolean): void;
}

const t = vi.duty;
const ROLE_COLOURS = { commander: 'red', duty_officer: 'blue', member: 'green' } as const;

const when = (s: DutyShift) =>
  `${timeOf(s.startsAt)} ${displayDate(dayOf(s.startsAt))} – ${timeOf(s.endsAt)} ${displayDate(dayOf(s.endsAt))}`;

/** One day's roster: its shifts with edit and delete, and adding a shift. */
export function DayShiftsDialog({ day, candidates, onClose }: Props) {
  const { message } = App.useApp();
  const can = useCan();
  const list = useApiQuery('duty.shift.list', { day });
  const [editing, setEditing] = useState<DutyShift | 'new' | null>(null);
  const [changed, setChanged] = useState(false);
  const shifts = (list.data?.shifts ?? []).filter((s) => dayOf(s.startsAt) === day);
  const earlier = (list.data?.shifts ?? []).filter((s) => dayOf(s.startsAt) < day);

  const { run: remove } = useApiAction((s: DutyShift) => api('duty.shift.delete', { id: s.id, version: s.version }), {
    success: t.deleted,
    onSuccess: () => {
      setChanged(true);
      list.reload();
    },
  });

  return (
    <>
      <Modal
        open
        width={680}
        title={format(t.dayTitle, { day: displayDate(day) })}
        onCancel={() => onClose(changed)}
        footer={
          <Flex justify="space-between">
            {can.edit ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t.addShift}
              </Button>
            ) : (
              <span />
            )}
            <Button onClick={() => onClose(changed)}>{vi.common.close}</Button>
          </Flex>
        }
      >
        {list.data?.warnings.map((w) => (
          <Alert key={w.day} type="warning" showIcon title={w.message} style={{ marginBottom: 8 }} />
        ))}
        <List
          loading={list.loading}
          dataSource={[...earlier, ...shifts]}
          locale={{ emptyText: t.noShifts }}
          renderItem={(s) => (
            <List.Item
              actions={
                can.edit
                  ? [
                      <Button key="edit" size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>
                        {vi.common.edit}
                      </Button>,
                      <Popconfirm
                        key="delete"
                        title={format(t.confirmDeleteShift, { name: s.personName })}
                        okText={vi.common.confirm}
                        cancelText={vi.common.cancel}
                        onConfirm={() => remove(s)}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`${t.deleteShift} ${s.personName}`}
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <>
                    <Tag color={ROLE_COLOURS[s.role]}>{t.roles[s.role]}</Tag>
                    {s.personName}
                  </>
                }
                description={
                  <>
                    {when(s)}{' '}
                    {dayOf(s.startsAt) < day && <Typography.Text type="secondary">{t.fromPreviousDay}</Typography.Text>}
                    {s.notes && <div>{s.notes}</div>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Modal>
      {editing && (
        <ShiftDialog
          shift={editing === 'new' ? null : editing}
          day={day}
          candidates={candidates}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              message.success(vi.common.saved);
              setChanged(true);
              list.reload();
            }
          }}
        />
      )}
    </>
  );
}
