import { Card, Empty } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Overview } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { axisNumber, barChartHeight, num } from './overview-format';

const t = vi.overview.charts;

/** The year's exercises by type: planned against done. */
export function ExercisesChart({ exercises }: { exercises: Overview['exercises'] }) {
  return (
    <Card size="small" title={t.exercises} extra={<a href="#/dien-tap-huan-luyen/dien-tap">{vi.common.more}</a>}>
      {exercises.byType.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noExercises} />
      ) : (
        <ResponsiveContainer width="100%" height={barChartHeight(exercises.byType.length * 2)}>
          <BarChart data={exercises.byType} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={axisNumber} />
            <YAxis type="category" dataKey="name" width={170} />
            <Tooltip formatter={(value) => num(Number(value))} />
            <Legend />
            <Bar dataKey="planned" name={t.planned} fill="#91caff" />
            <Bar dataKey="done" name={t.done} fill="#52c41a" />
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
