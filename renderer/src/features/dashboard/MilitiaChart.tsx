import { Card, Empty } from 'antd';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Overview } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { axisNumber, barChartHeight, num } from './overview-format';

const t = vi.overview.charts;

/** Militia and self-defence members per ward/commune (agencies' self-defence counts in the total only). */
export function MilitiaChart({ militia }: { militia: Overview['militia'] }) {
  const data = militia.perLocality.map((l) => ({ name: l.localityName, members: l.members }));
  return (
    <Card size="small" title={t.militia} extra={<a href="#/dan-quan-tu-ve/tong-hop">{vi.common.more}</a>}>
      {militia.members === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noMilitia} />
      ) : (
        <ResponsiveContainer width="100%" height={barChartHeight(data.length)}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={axisNumber} />
            <YAxis type="category" dataKey="name" width={150} />
            <Tooltip formatter={(value) => num(Number(value))} />
            <Bar dataKey="members" name={t.members} fill="#13c2c2" />
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
