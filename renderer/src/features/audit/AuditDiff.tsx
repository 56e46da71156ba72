import { Table, Typography } from 'antd';
import type { AuditChange } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';

const t = vi.audit.diff;

/** What one audit row changed, one line per field, in the words the core gave (labels, not codes). */
export function AuditDiff({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) return <Typography.Text type="secondary">{t.noChange}</Typography.Text>;
  return (
    <Table<AuditChange>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={changes}
      columns={[
        { key: 'field', title: t.field, dataIndex: 'field', width: 200 },
        { key: 'before', title: t.before, dataIndex: 'before' },
        { key: 'after', title: t.after, dataIndex: 'after' },
      ]}
    />
  );
}
