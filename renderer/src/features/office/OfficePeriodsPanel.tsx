import { Alert, Button, Tag, Typography } from 'antd';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { PanelHeader } from '../../shared/PanelHeader';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { OfficePeriodDialog, type PeriodDialogMode } from './OfficePeriodDialog';
import { ListTable } from '../../shared/ListTable';

interface Props {
  /** The period in force today (marked in the list). */
  current: OfficeProfile;
  canEdit: boolean;
  onChanged(): void;
}

/** The profile's periods, oldest first, and a new one from a date (administrators). */
export function OfficePeriodsPanel({ current, canEdit, onChanged }: Props) {
  const periods = useApiQuery('office.periods.list', {});
  const { dialog, open, close } = useDialog<PeriodDialogMode>(() => {
    periods.reload();
    onChanged();
  });
  const rows = periods.data ?? [];
  const latest = rows.at(-1);
  return (
    <>
      <PanelHeader title={vi.office.periods}>
        {canEdit && latest && (
          <Button type="primary" onClick={() => open({ kind: 'add', latest })}>
            {vi.office.addPeriod}
          </Button>
        )}
      </PanelHeader>
      <Typography.Paragraph type="secondary">{vi.office.periodsHint}</Typography.Paragraph>
      {periods.error && <Alert type="error" showIcon title={periods.error.message} />}
      <ListTable<OfficeProfile>
        unit={vi.layout.units.periods}
        rowKey="id"
        loading={periods.loading}
        dataSource={rows}
        columns={[
          {
            title: vi.office.validFrom,
            key: 'validFrom',
            render: (_, p) => (
              <>
                {p.validFrom ? displayDate(p.validFrom) : vi.office.sinceStart}
                {p.id === current.id && <Tag style={{ marginLeft: 8 }}>{vi.office.inForceToday}</Tag>}
              </>
            ),
          },
          { title: vi.office.kind, key: 'kind', render: (_, p) => vi.office.kinds[p.kind] },
          { title: vi.office.parentBody, dataIndex: 'parentBody' },
          { title: vi.office.name, dataIndex: 'name' },
          {
            title: vi.office.signers,
            key: 'signers',
            render: (_, p) => p.signers.map((s) => `${s.title} ${s.name}`).join('; '),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, p: OfficeProfile) => (
                    <Button size="small" onClick={() => open({ kind: 'edit', period: p })}>
                      {vi.common.edit}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog && <OfficePeriodDialog mode={dialog} onClose={close} />}
    </>
  );
}
