import { Bar } from 'recharts';
import type { Overview } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { BarChartCard } from './BarChartCard';

const t = vi.overview.charts;

/** Each course of the year with its attendance rate (attended person-days of planned). */
export function TrainingChart({ training }: { training: Overview['training'] }) {
  // A course without planned days has no rate: no bar, and "—" in the tooltip rather than a false 0%.
  const data = training.perCourse.map((c) => ({ name: c.title, attendance: c.attendanceRate }));
  return (
    <BarChartCard
      title={t.training}
      more={{ href: '#/dien-tap-huan-luyen/huan-luyen' }}
      data={data}
      empty={data.length === 0}
      emptyText={t.noTraining}
      labelWidth={190}
      scale="percent"
    >
      <Bar dataKey="attendance" name={t.attendance} fill="#1677ff" />
    </BarChartCard>
  );
}
