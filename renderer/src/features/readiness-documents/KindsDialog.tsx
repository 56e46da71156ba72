import { Button, Checkbox, Flex, Input, Modal, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ReadinessDocumentKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate, todayIso } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';

const t = vi.readinessDocuments;
type Flag = 'forOffice' | 'forLocality' | 'forMilitia';
const FLAGS: readonly Flag[] = ['forOffice', 'forLocality', 'forMilitia'];

/**
 * The office's list of document kinds: which holders must keep each, a kind added or taken out
 * of the set (from today; its past reviews stay). The Ministry's list is not public, so it is the
 * office's to adjust.
 */
export function KindsDialog({ onClose }: { onClose(): void }) {
  const kinds = useApiQuery('readinessDocuments.kind.list', {});
  const [name, setName] = useState('');
  const [activeFrom, setActiveFrom] = useState<Dayjs | null>(null);
  const update = useApiAction(
    (kind: ReadinessDocumentKind, patch: Partial<ReadinessDocumentKind>) => {
      const {
        id,
        version,
        name: kindName,
        sortOrder,
        retiredOn,
        forOffice,
        forLocality,
        forMilitia,
      } = {
        ...kind,
        ...patch,
      };
      return api('readinessDocuments.kind.update', {
        id,
        version,
        name: kindName,
        sortOrder,
        retiredOn,
        forOffice,
        forLocality,
        forMilitia,
      });
    },
    { onSettled: kinds.reload },
  );
  const add = useApiAction(
    () =>
      api('readinessDocuments.kind.create', {
        name,
        ...(activeFrom ? { activeFrom: toIsoDate(activeFrom) } : {}),
      }),
    {
      onSuccess: () => {
        setName('');
        setActiveFrom(null);
      },
      onSettled: kinds.reload,
    },
  );

  return (
    <Modal
      open
      width={820}
      title={t.kinds.title}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t.kinds.close}</Button>}
    >
      <Table<ReadinessDocumentKind>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ y: 300 }}
        loading={kinds.data === undefined}
        dataSource={kinds.data ?? []}
        columns={[
          { key: 'name', title: t.columns.kind, dataIndex: 'name' },
          ...FLAGS.map((flag) => ({
            key: flag,
            title: t.kinds[flag],
            width: 100,
            render: (_: unknown, k: ReadinessDocumentKind) => (
              <Checkbox
                aria-label={format(t.kinds.flagOf, { flag: t.kinds[flag], kind: k.name })}
                checked={k[flag]}
                onChange={(e) => void update.run(k, { [flag]: e.target.checked })}
              />
            ),
          })),
          {
            key: 'retire',
            title: '',
            width: 110,
            render: (_: unknown, k: ReadinessDocumentKind) => (
              <Button
                size="small"
                aria-label={format(t.kinds.retireOf, { kind: k.name })}
                onClick={() => void update.run(k, { retiredOn: todayIso() })}
              >
                {t.kinds.retire}
              </Button>
            ),
          },
        ]}
      />
      <Flex gap={8} style={{ marginTop: 12 }}>
        <Input
          aria-label={t.kinds.newName}
          placeholder={t.kinds.newName}
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => name.trim() && void add.run()}
        />
        <DateInput
          aria-label={t.kinds.newActiveFrom}
          title={t.kinds.newActiveFrom}
          style={{ width: 180, flex: 'none' }}
          value={activeFrom}
          onChange={(d) => setActiveFrom(Array.isArray(d) ? (d[0] ?? null) : d)}
        />
        <Button type="primary" disabled={!name.trim()} loading={add.busy} onClick={() => void add.run()}>
          {t.kinds.add}
        </Button>
      </Flex>
    </Modal>
  );
}
