import { Badge, Flex, Typography } from 'antd';
import type { ConscriptionState } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { STATE_ORDER, stateColor } from './record-labels';

/** How many of the campaign's citizens are in each state, in the order of the year; empty states are dimmed. */
export function StateCounts({ states }: { states: Record<ConscriptionState, number> }) {
  const total = STATE_ORDER.reduce((sum, s) => sum + (states[s] ?? 0), 0);
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{format(vi.conscription.dashboard.totalRecords, { total })}</Typography.Text>
      <dl style={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 16, rowGap: 2, margin: 0 }}>
        {STATE_ORDER.map((state) => {
          const count = states[state] ?? 0;
          const dim = count === 0 ? { color: 'rgba(0,0,0,0.35)' } : undefined;
          return (
            <div key={state} style={{ display: 'contents' }}>
              <dt style={dim}>
                <Badge color={count === 0 ? '#d9d9d9' : (stateColor(state) ?? '#8c8c8c')} />{' '}
                {vi.conscription.states[state]}
              </dt>
              <dd style={{ margin: 0, textAlign: 'right', fontWeight: count ? 600 : undefined, ...dim }}>{count}</dd>
            </div>
          );
        })}
      </dl>
    </Flex>
  );
}
