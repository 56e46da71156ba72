import { Card, Flex, Progress, Typography } from 'antd';
import type { TrainingFigures } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { percentText } from './training-labels';

const t = vi.training;

/** The year's two half-years side by side: courses, attendance rate, good-or-better share. */
export function HalfYearFigures({ year }: { year: number }) {
  const first = useApiQuery('training.figures', { from: `${year}-01-01`, to: `${year}-06-30` });
  const second = useApiQuery('training.figures', { from: `${year}-07-01`, to: `${year}-12-31` });
  return (
    <Flex gap={12} wrap style={{ marginBottom: 12 }}>
      <Half title={format(t.halfYear.first, { year })} figures={first.data} />
      <Half title={format(t.halfYear.second, { year })} figures={second.data} />
    </Flex>
  );
}

/** One half-year in two lines (title and courses, then the two rates): the list below keeps its ten rows. */
function Half({ title, figures }: { title: string; figures: TrainingFigures | undefined }) {
  const bar = (label: string, value: number | null) => (
    <Flex gap={8} align="center">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Progress percent={value ?? 0} showInfo={false} size="small" style={{ width: 90, margin: 0 }} />
      <span>{percentText(value)}</span>
    </Flex>
  );
  return (
    <Card size="small" style={{ flex: '1 1 320px' }} aria-label={title}>
      <Flex gap={12} wrap align="baseline">
        <Typography.Text strong>{title}</Typography.Text>
        <span>
          <Typography.Text type="secondary">{t.halfYear.courses}: </Typography.Text>
          {format(t.halfYear.coursesValue, { courses: figures?.courses ?? 0, people: figures?.participants ?? 0 })}
        </span>
      </Flex>
      <Flex gap={16} wrap>
        {bar(t.figures.attendanceRate, figures?.attendanceRate ?? null)}
        {bar(t.figures.goodOrBetterRate, figures?.goodOrBetterRate ?? null)}
      </Flex>
    </Card>
  );
}
