import { App, Button, List, Popconfirm, Typography } from 'antd';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { displayDate, todayIso } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { reservistSpecialty } from './reserve-labels';
import { WarningTags } from './WarningTags';

const t = vi.reserves;

/** Who holds a slot now, with their warnings; an assignment can be ended from here. */
export function SlotMembers({
  slotId,
  canEdit,
  onChanged,
}: {
  slotId: string;
  /** Ending an assignment is officer: a read-only account sees who holds the slot only. */
  canEdit: boolean;
  onChanged(): void;
}) {
  const list = useApiQuery('reserves.reservist.list', { slotId, pageSize: 500 });
  const { message } = App.useApp();
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t.units.members}</Typography.Text>}
      loading={list.loading}
      locale={{ emptyText: t.units.noMembers }}
      dataSource={list.data?.rows ?? []}
      renderItem={(r) => (
        <List.Item
          actions={
            canEdit
              ? [
                  <Popconfirm
                    key="end"
                    title={t.list.endAssignmentConfirm}
                    okText={vi.common.confirm}
                    cancelText={vi.common.cancel}
                    onConfirm={async () => {
                      try {
                        await api('reserves.assignment.end', {
                          id: r.assignment!.id,
                          version: r.assignment!.version,
                          endedOn: todayIso(),
                          reason: t.assign.endReason,
                        });
                        message.success(t.assign.ended);
                      } catch (error) {
                        message.error((error as Error).message);
                      }
                      onChanged();
                    }}
                  >
                    <Button size="small">{t.list.endAssignment}</Button>
                  </Popconfirm>,
                ]
              : []
          }
        >
          <span>
            {r.fullName} – {displayDate(r.birthDate)} – {reservistSpecialty(r)}
          </span>
          <WarningTags list={r.warnings} />
        </List.Item>
      )}
    />
  );
}
