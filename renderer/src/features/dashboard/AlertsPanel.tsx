import { Alert, Card, Flex, Typography } from 'antd';
import type { OverviewAlert } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { num } from './overview-format';

const t = vi.overview.alerts;

/** What needs attention today, each with its first records and a link to the list holding them all. */
export function AlertsPanel({ alerts }: { alerts: readonly OverviewAlert[] }) {
  const raised = alerts.filter((a) => a.count > 0);
  return (
    <Card size="small" title={t.title}>
      {raised.length === 0 && <Alert type="success" showIcon title={t.none} />}
      <Flex vertical gap={12}>
        {raised.map((a) => (
          <Alert
            key={a.kind}
            type="warning"
            showIcon
            role="region"
            aria-label={format(t[a.kind], { count: num(a.count) })}
            title={
              <Flex justify="space-between" gap={12} wrap>
                <Typography.Text strong>{format(t[a.kind], { count: num(a.count) })}</Typography.Text>
                <a href={a.link}>{t.open}</a>
              </Flex>
            }
            description={
              <>
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {a.items.map((item) => (
                    <li key={item.id}>
                      {item.name} <Typography.Text type="secondary">· {item.detail}</Typography.Text>
                    </li>
                  ))}
                </ul>
                {a.count > a.items.length && (
                  <Typography.Text type="secondary">
                    {format(t.more, { count: num(a.count - a.items.length) })}
                  </Typography.Text>
                )}
              </>
            }
          />
        ))}
      </Flex>
    </Card>
  );
}
