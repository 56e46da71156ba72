import { Alert, Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ImportBatch } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { PagedTable, type Paging } from '../../shared/PagedTable';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import type { ImportTarget } from './import-fields';

const t = vi.import.batches;
const when = (at: string) => dayjs(at).format('DD/MM/YYYY HH:mm');

/**
 * "Các lần nhập": the earlier imports of one list, newest first, each with "Hoàn tác lần nhập".
 * The core refuses an undo once a row of the batch was edited or something was attached to it,
 * naming those rows; the refusal is shown as it comes.
 */
export function ImportBatches({ target, onUndone }: { target: ImportTarget; onUndone(): void }) {
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 5 });
  const list = useApiQuery('import.batch.list', { target, ...paging });
  const undo = useApiAction(
    (batch: ImportBatch) => api('import.batch.undo', { id: batch.id, version: batch.version }),
    {
      success: (_, [batch]) => format(t.undoDone, { file: batch.fileName }),
      onSuccess: onUndone,
      onSettled: list.reload,
      // The refusal names the rows that block the undo: a banner the clerk can read, not a passing toast.
      errors: 'banner',
    },
  );
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <Typography.Text type="secondary">{t.hint}</Typography.Text>
      {undo.error && <Alert type="error" showIcon closable={{ onClose: undo.clearError }} title={undo.error} />}
      <PagedTable<ImportBatch>
        unit={vi.layout.units.batches}
        list={list}
        paging={paging}
        onPaging={setPaging}
        empty={t.empty}
        aria-label={t.title}
        pagination={{ showSizeChanger: false }}
        columns={[
          { key: 'at', title: t.columns.at, width: 130, render: (_, b) => when(b.createdAt) },
          { key: 'actor', title: t.columns.actor, dataIndex: 'actor', width: 110 },
          { key: 'file', title: t.columns.file, dataIndex: 'fileName', ellipsis: true },
          {
            key: 'counts',
            title: t.columns.counts,
            render: (_, b) =>
              format(t.counts, { created: b.createdCount, updated: b.updatedCount, skipped: b.skippedCount }),
          },
          {
            key: 'status',
            title: t.columns.status,
            width: 200,
            render: (_, b) =>
              b.undoneAt ? (
                <Tag>{format(t.undone, { at: when(b.undoneAt), actor: b.undoneBy ?? '' })}</Tag>
              ) : (
                <Popconfirm
                  title={format(t.undoConfirm, { file: b.fileName })}
                  okText={t.undoOk}
                  okButtonProps={{ danger: true }}
                  cancelText={vi.common.close}
                  onConfirm={() => void undo.run(b)}
                >
                  <Button size="small" danger loading={undo.busy}>
                    {t.undo}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Flex>
  );
}
