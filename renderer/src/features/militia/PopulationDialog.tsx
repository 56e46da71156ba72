import { InputNumber, Table } from 'antd';
import { useState } from 'react';
import type { LocalityPopulation } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { SaveDialog } from '../../shared/SaveDialog';

const t = vi.militia.summary;

/** The population of each ward/commune for one year; an emptied box removes the figure. */
export function PopulationDialog({ year, onClose }: { year: number; onClose(saved: boolean): void }) {
  const list = useApiQuery('militia.population.list', { year });
  const [edits, setEdits] = useState<Record<string, number | null>>({});
  const {
    run: save,
    busy: saving,
    error: banner,
  } = useApiAction(
    async () => {
      for (const [localityId, population] of Object.entries(edits)) {
        await api('militia.population.set', { localityId, year, population });
      }
    },
    { onSuccess: () => onClose(true), errors: 'banner' },
  );

  const valueOf = (row: LocalityPopulation) => (row.localityId in edits ? edits[row.localityId]! : row.population);

  return (
    <SaveDialog
      title={format(t.populationTitle, { year })}
      banner={banner}
      saving={saving}
      onSave={() => void save()}
      onCancel={() => onClose(false)}
    >
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
                onPressEnter={() => void save()}
                style={{ width: 160 }}
              />
            ),
          },
        ]}
      />
    </SaveDialog>
  );
}
