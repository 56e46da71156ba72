import { Card, Empty } from 'antd';
import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { vi } from '../../messages/vi';
import { axisNumber, barChartHeight, num, percent } from './overview-format';

interface Props {
  title: string;
  /** Where the figures come from: the link top right ("Xem thêm" unless it says otherwise). */
  more: { href: string; text?: string };
  /** One row a name (`name`), the bars' values under their keys. */
  data: readonly object[];
  /** Nothing to chart: an empty notice instead, with this text if any. */
  empty: boolean;
  emptyText?: string;
  /** Bars side by side in a row (the height grows with them). */
  barsPerRow?: number;
  /** The width of the names' axis. */
  labelWidth: number;
  /** The value axis: whole numbers (people, exercises) or a percentage from 0 to 100. */
  scale: 'count' | 'percent';
  legend?: boolean;
  /** The <Bar>s. */
  children: ReactNode;
}

/** An overview card with a horizontal bar chart, one row a ward/commune, a type or a course. */
export function BarChartCard({
  title,
  more,
  data,
  empty,
  emptyText,
  barsPerRow = 1,
  labelWidth,
  scale,
  legend,
  children,
}: Props) {
  return (
    <Card size="small" title={title} extra={<a href={more.href}>{more.text ?? vi.common.more}</a>}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
      ) : (
        <ResponsiveContainer width="100%" height={barChartHeight(data.length * barsPerRow)}>
          <BarChart data={[...data]} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            {scale === 'count' ? (
              <XAxis type="number" allowDecimals={false} tickFormatter={axisNumber} />
            ) : (
              <XAxis type="number" domain={[0, 100]} tickFormatter={(n: number) => percent(n)} />
            )}
            <YAxis type="category" dataKey="name" width={labelWidth} />
            <Tooltip
              formatter={(value) =>
                scale === 'count'
                  ? num(Number(value))
                  : percent(value === null || value === undefined ? null : Number(value))
              }
            />
            {legend && <Legend />}
            {children}
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
