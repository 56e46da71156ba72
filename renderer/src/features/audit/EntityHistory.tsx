import { Alert, Collapse, Empty, Spin, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { AuditDiff } from './AuditDiff';
import { displayDateTime } from './audit-view';

const t = vi.audit.history;

/** "Lịch sử thay đổi": one record's audit rows, newest first, each opening to its before/after. */
export function EntityHistory({ entity, entityId }: { entity: string; entityId: string }) {
  const query = useApiQuery('audit.forEntity', { entity, entityId });
  return (
    <section aria-label={t.title} style={{ marginBottom: 24 }}>
      <Typography.Title level={5}>{t.title}</Typography.Title>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!query.data && !query.error && <Spin />}
      {query.data?.length === 0 && <Empty description={t.empty} />}
      {query.data && query.data.length > 0 && (
        <Collapse
          size="small"
          items={query.data.map((entry) => ({
            key: entry.id,
            label: format(t.by, { action: entry.actionLabel, actor: entry.actor, at: displayDateTime(entry.at) }),
            children: <AuditDiff changes={entry.changes} />,
          }))}
        />
      )}
    </section>
  );
}
