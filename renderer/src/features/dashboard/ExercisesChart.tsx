import { Bar } from 'recharts';
import type { Overview } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { BarChartCard } from './BarChartCard';

const t = vi.overview.charts;

/** The year's exercises by type: planned against done. */
export function ExercisesChart({ exercises }: { exercises: Overview['exercises'] }) {
  return (
    <BarChartCard
      title={t.exercises}
      more={{ href: '#/dien-tap-huan-luyen/dien-tap' }}
      data={exercises.byType}
      empty={exercises.byType.length === 0}
      emptyText={t.noExercises}
      barsPerRow={2}
      labelWidth={170}
      scale="count"
      legend
    >
      <Bar dataKey="planned" name={t.planned} fill="#91caff" />
      <Bar dataKey="done" name={t.done} fill="#52c41a" />
    </BarChartCard>
  );
}
