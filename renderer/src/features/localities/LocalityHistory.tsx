import { List, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';

/** The names a locality has had, oldest first, with the dates each applied. */
export function LocalityHistory({ id }: { id: string }) {
  const history = useApiQuery('localities.history', { id });
  return (
    <List
      size="small"
      header={<Typography.Text strong>{vi.localities.history}</Typography.Text>}
      loading={history.loading}
      dataSource={history.data ?? []}
      renderItem={(n) => (
        <List.Item>
          {n.name}: {displayDate(n.validFrom)} – {n.validTo ? displayDate(n.validTo) : '…'}
        </List.Item>
      )}
    />
  );
}
