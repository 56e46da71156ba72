import { Button, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { BackupListItem } from '../../../../electron/core/api/contract';
import { formatSize } from '../../../../vocabulary/text';
import { vi } from '../../messages/vi';
import { ListTable } from '../../shared/ListTable';

const t = vi.backup;

interface Props {
  items: BackupListItem[];
  loading: boolean;
  busy: boolean;
  /** An automatic copy opens with this PC's key: restore it at once (after the confirmation). */
  onRestore: (item: BackupListItem) => void;
  /** A "Sao lưu ngay" copy needs its passphrase: hand its path to "Khôi phục từ tệp sao lưu". */
  onChoose: (item: BackupListItem) => void;
}

/** Every backup the office made, automatic and "Sao lưu ngay", newest first, each with its way back. */
export function BackupList({ items, loading, busy, onRestore, onChoose }: Props) {
  const confirm = { title: t.restoreConfirmTitle, description: t.restoreConfirm, okText: t.restore };
  return (
    <ListTable<BackupListItem>
      unit={vi.layout.units.backups}
      fillHeight={false}
      rowKey={(item) => `${item.kind}:${item.file}`}
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t.listEmpty }}
      columns={[
        { title: t.takenAt, key: 'at', width: 150, render: (_, item) => dayjs(item.at).format('DD/MM/YYYY HH:mm') },
        {
          title: t.kind,
          key: 'kind',
          width: 130,
          render: (_, item) => <Tag color={item.kind === 'manual' ? 'blue' : undefined}>{t.kinds[item.kind]}</Tag>,
        },
        {
          title: t.place,
          key: 'file',
          ellipsis: true,
          render: (_, item) => (
            <Typography.Text type={item.present ? undefined : 'secondary'} title={item.file}>
              {item.present ? item.file : `${item.file} ${t.absent}`}
            </Typography.Text>
          ),
        },
        { title: t.size, key: 'size', width: 100, render: (_, item) => formatSize(item.size) },
        {
          title: vi.common.actions,
          key: 'restore',
          width: 150,
          render: (_, item) =>
            item.kind === 'manual' ? (
              <Button size="small" disabled={busy || !item.present} onClick={() => onChoose(item)}>
                {t.chooseForRestore}
              </Button>
            ) : (
              <Popconfirm {...confirm} onConfirm={() => onRestore(item)}>
                <Button size="small" disabled={busy}>
                  {t.restore}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}
