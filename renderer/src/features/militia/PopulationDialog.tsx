import { Alert, InputNumber, Modal, Table } from 'antd';
import { useState } from 'react';
import type { LocalityPopulation } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';

const t = vi.militia.summary;

/** The population of each ward/commune for one year; an emptied box removes the figure. */
export function PopulationDialog({ year, onClose }: { year: number; onClose(saved: boolean): void }) {
  const list = useApiQuery('militia.population.list', { year });
  const [edits, setEdits] = useState<Record<string, number | null>>({});
  const [saving, setSaving] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);

  async function save() {
    setSaving(true);
    try {
      for (const [localityId, population] of Object.entries(edits)) {
        await api('militia.population.set', { localityId, year, population });
      }
      onClose(true);
    } catch (error) {
      setBanner((error as Error).message);
      setSaving(false);
    }
  }

  const valueOf = (row: LocalityPopulation) => (row.localityId in edits ? edits[row.localityId]! : row.population);

  return (
    <Modal
      open
      title={format(t.populationTitle, { year })}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={saving}
      onOk={save}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Table<LocalityPopulation>
        rowKey="localityId"
        size="small"
        pagination={false}
        loading={list.loading}
        dataSource={list.data ?? []}
        columns={[
          { title: t.locality, dataIndex: 'localityName' },
          {
            title: t.population,
            key: 'population',
            render: (_, row) => (
              <InputNumber
                id={`population-${row.localityId}`}
                aria-label={format(t.populationOf, { name: row.localityName })}
                min={0}
                max={100_000_000}
                precision={0}
                value={valueOf(row)}
                onChange={(n) => setEdits((e) => ({ ...e, [row.localityId]: n }))}
                onPressEnter={save}
                style={{ width: 160 }}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
