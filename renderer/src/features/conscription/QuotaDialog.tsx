import { InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Campaign, Locality } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { SaveDialog } from '../../shared/SaveDialog';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { TOP_LEVEL_KINDS } from '../localities/locality-labels';

interface Row {
  localityId: string;
  localityName: string;
  army: number;
  police: number;
}

interface Props {
  campaign: Campaign;
  onClose(saved: boolean): void;
}

/** The quota table: one row per ward/commune, army and police numbers typed in place. */
export function QuotaDialog({ campaign, onClose }: Props) {
  const localities = useApiQuery('localities.list', { asOf: campaign.handoverStart });
  const [edits, setEdits] = useState<Record<string, { army: number; police: number }>>(() =>
    Object.fromEntries(campaign.quotas.map((q) => [q.localityId, { army: q.army, police: q.police }])),
  );

  const rows: Row[] = (localities.data ?? [])
    .filter((l: Locality) => TOP_LEVEL_KINDS.includes(l.kind))
    .map((l) => ({ localityId: l.id, localityName: l.name, army: 0, police: 0, ...edits[l.id] }));
  const totals = rows.reduce((t, r) => ({ army: t.army + r.army, police: t.police + r.police }), {
    army: 0,
    police: 0,
  });

  const change = (localityId: string, field: 'army' | 'police', value: number | null) =>
    setEdits((e) => ({
      ...e,
      [localityId]: { army: 0, police: 0, ...e[localityId], [field]: Math.max(0, Math.trunc(value ?? 0)) },
    }));

  const save = useApiAction(
    () =>
      api('conscription.campaign.setQuotas', {
        campaignId: campaign.id,
        version: campaign.version,
        quotas: rows
          .filter((r) => r.army > 0 || r.police > 0)
          .map(({ localityId, army, police }) => ({ localityId, army, police })),
      }),
    { onSuccess: () => onClose(true), errors: 'banner' },
  );

  const numberCell = (field: 'army' | 'police') => (_: unknown, row: Row) => (
    <InputNumber
      aria-label={`${field === 'army' ? vi.conscription.army : vi.conscription.police} – ${row.localityName}`}
      min={0}
      max={10000}
      precision={0}
      value={row[field]}
      onChange={(value) => change(row.localityId, field, value)}
      style={{ width: 100 }}
    />
  );

  return (
    <SaveDialog
      width={720}
      title={format(vi.conscription.quotasTitle, { title: campaign.title })}
      banner={save.error}
      saving={save.busy}
      onSave={() => void save.run()}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">{vi.conscription.quotasHint}</Typography.Paragraph>
      <Table<Row>
        rowKey="localityId"
        size="small"
        loading={localities.loading}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: vi.conscription.locality, dataIndex: 'localityName' },
          { title: vi.conscription.army, key: 'army', render: numberCell('army') },
          { title: vi.conscription.police, key: 'police', render: numberCell('police') },
          { title: vi.conscription.total, key: 'total', render: (_, r) => r.army + r.police },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{vi.conscription.total}</Table.Summary.Cell>
            <Table.Summary.Cell index={1}>{totals.army}</Table.Summary.Cell>
            <Table.Summary.Cell index={2}>{totals.police}</Table.Summary.Cell>
            <Table.Summary.Cell index={3}>{totals.army + totals.police}</Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </SaveDialog>
  );
}
