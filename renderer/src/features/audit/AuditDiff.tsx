import { Table, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { fieldChanges, type FieldChange } from './audit-view';

const t = vi.audit.diff;

/** Before and after of one audit row, one line per changed field. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const changes = fieldChanges(before, after);
  if (changes.length === 0) return <Typography.Text type="secondary">{t.noChange}</Typography.Text>;
  return (
    <Table<FieldChange>
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
