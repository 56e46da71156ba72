import { Descriptions, Timeline, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { DetailDrawer } from '../../shared/DetailDrawer';
import { useApiQuery } from '../../shared/use-api-query';
import { movementTitle } from './equipment-labels';

const t = vi.equipment;

/** One serial piece: its state, where it came from, and every movement it went through, oldest first. */
export function ItemHistoryDrawer({ itemId, onClose }: { itemId: string; onClose(): void }) {
  const query = useApiQuery('equipment.item.history', { id: itemId });
  const title = query.data
    ? format(t.history.title, { kind: query.data.item.kindName, serial: query.data.item.serial })
    : '';
  return (
    <DetailDrawer query={query} title={title} size={520} onClose={onClose}>
      {({ item, movements }) => (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t.columns.state}>{t.states[item.state]}</Descriptions.Item>
            <Descriptions.Item label={t.columns.receivedOn}>{displayDate(item.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label={t.columns.source}>{item.source}</Descriptions.Item>
            <Descriptions.Item label={t.columns.holder}>
              {item.issuedTo
                ? format(t.holderSince, { holder: item.issuedTo.name, date: displayDate(item.issuedTo.since) })
                : t.inStoreText}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t.history.movements}</Typography.Title>
          {movements.length === 0 ? (
            <Typography.Text type="secondary">{t.history.none}</Typography.Text>
          ) : (
            <Timeline
              items={movements.map((m) => ({
                key: m.id,
                children: (
                  <>
                    <Typography.Text strong>{displayDate(m.movedOn)}</Typography.Text> {movementTitle(m)}
                    {m.reference && <div>{m.reference}</div>}
                    {m.result && <div>{m.result}</div>}
                  </>
                ),
              }))}
            />
          )}
        </>
      )}
    </DetailDrawer>
  );
}
