import { Card, Empty } from 'antd';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Overview } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { barChartHeight, percent } from './overview-format';

const t = vi.overview.charts;

/** Each course of the year with its attendance rate (attended person-days of planned). */
export function TrainingChart({ training }: { training: Overview['training'] }) {
  // A course without planned days has no rate: no bar, and "—" in the tooltip rather than a false 0%.
  const data = training.perCourse.map((c) => ({ name: c.title, attendance: c.attendanceRate }));
  return (
    <Card size="small" title={t.training} extra={<a href="#/dien-tap-huan-luyen/huan-luyen">{vi.common.more}</a>}>
      {data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noTraining} />
      ) : (
        <ResponsiveContainer width="100%" height={barChartHeight(data.length)}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tickFormatter={(n: number) => percent(n)} />
            <YAxis type="category" dataKey="name" width={190} />
            <Tooltip formatter={(value) => percent(value === null || value === undefined ? null : Number(value))} />
            <Bar dataKey="attendance" name={t.attendance} fill="#1677ff" />
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
