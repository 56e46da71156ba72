import { List, Typography } from 'antd';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { displayDate, todayIso } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
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
  const { run: endAssignment } = useApiAction(
    (assignment: { id: string; version: number }) =>
      api('reserves.assignment.end', {
        id: assignment.id,
        version: assignment.version,
        endedOn: todayIso(),
        reason: t.assign.endReason,
      }),
    { success: t.assign.ended, onSettled: onChanged },
  );
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
                  <ConfirmButton
                    key="end"
                    confirm={t.list.endAssignmentConfirm}
                    onConfirm={() => endAssignment(r.assignment!)}
                    size="small"
                  >
                    {t.list.endAssignment}
                  </ConfirmButton>,
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
