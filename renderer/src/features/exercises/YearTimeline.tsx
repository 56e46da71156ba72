import { Card, Flex, Tag, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { STATUS_COLORS } from './exercise-labels';

const t = vi.exercises.plan;

interface Entry {
  id: string;
  kind: 'exercise' | 'course';
  title: string;
  from: string;
  to: string | null;
  color: string;
  status: string;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The year month by month: exercises by planned date, training courses by start date. */
export function YearTimeline({ year }: { year: number }) {
  const exercises = useApiQuery('exercises.exercise.list', { year, page: 1, pageSize: 500 });
  const courses = useApiQuery('training.course.list', { year, page: 1, pageSize: 500 });
  const entries: Entry[] = [
    ...(exercises.data?.rows ?? []).map((e) => ({
      id: e.id,
      kind: 'exercise' as const,
      title: e.title,
      from: e.startedOn ?? e.plannedOn,
      to: e.endedOn ?? e.plannedUntil,
      color: STATUS_COLORS[e.status],
      status: vi.exercises.statuses[e.status],
    })),
    ...(courses.data?.rows ?? []).map((c) => ({
      id: c.id,
      kind: 'course' as const,
      title: c.title,
      from: c.startsOn,
      to: c.endsOn,
      color: 'purple',
      status: '',
    })),
  ].sort((a, b) => a.from.localeCompare(b.from));

  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 8 }}>
      {MONTHS.map((month) => {
        const prefix = `${year}-${String(month).padStart(2, '0')}`;
        const inMonth = entries.filter((e) => e.from.startsWith(prefix));
        const label = format(t.month, { month });
        return (
          <Card key={month} size="small" title={label} role="region" aria-label={label}>
            {inMonth.length === 0 && <Typography.Text type="secondary">{t.nothing}</Typography.Text>}
            <Flex vertical gap={6}>
              {inMonth.map((e) => (
                <div key={`${e.kind}-${e.id}`}>
                  <Tag color={e.kind === 'course' ? 'purple' : e.color}>
                    {e.kind === 'course' ? t.course : t.exercise}
                  </Tag>
                  <Typography.Text>{e.title}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {e.to && e.to !== e.from ? `${displayDate(e.from)} – ${displayDate(e.to)}` : displayDate(e.from)}
                    {e.status && ` · ${e.status}`}
                  </Typography.Text>
                </div>
              ))}
            </Flex>
          </Card>
        );
      })}
    </div>
  );
}
