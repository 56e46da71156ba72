import { Alert, Flex, Tag, Typography } from 'antd';
import type { PoliceQuarterStatus } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import type { QueryState } from '../../shared/use-api-query';
import { quarterLabel } from './police-labels';

const t = vi.police.overview;
const COLORS: Record<PoliceQuarterStatus['status'], string> = {
  received: 'green',
  missing: 'red',
  upcoming: 'default',
  notRequired: 'default',
};

interface Props {
  year: number;
  quarters: QueryState<PoliceQuarterStatus[]>;
}

/** The police must report every quarter: which quarters of the year came in, and which did not. */
export function QuarterOverview({ year, quarters }: Props) {
  if (quarters.error) return <Alert type="error" showIcon title={quarters.error.message} />;
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} role="list" aria-label={format(t.title, { year })}>
      <Typography.Text strong>{format(t.title, { year })}:</Typography.Text>
      {(quarters.data ?? []).map((q) => {
        const status = format(t.statuses[q.status], { count: q.noticeCount });
        return (
          <Tag key={q.quarter} color={COLORS[q.status]} role="listitem">
            {format(t.item, { quarter: quarterLabel(year, q.quarter), status })}
          </Tag>
        );
      })}
    </Flex>
  );
}
