import { Alert, Card, Flex, Progress, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { barPercent, formatPercent } from './plan-format';

const t = vi.exercises.plan;

function halfRange(year: number, half: 1 | 2) {
  return half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

function Rate({ label, rate }: { label: string; rate: number | null | undefined }) {
  const text = rate === null || rate === undefined ? t.noRate : formatPercent(rate);
  return (
    <div role="group" aria-label={label}>
      <Flex justify="space-between" gap={8}>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text strong>{text}</Typography.Text>
      </Flex>
      <Progress aria-label={`${label}: ${text}`} percent={Math.min(100, rate ?? 0)} showInfo={false} />
    </div>
  );
}

/** One half-year: exercises done vs planned, and the training attendance and good-or-better rates. */
function HalfYear({ year, half }: { year: number; half: 1 | 2 }) {
  const range = halfRange(year, half);
  const exercises = useApiQuery('exercises.figures', range);
  const training = useApiQuery('training.figures', range);
  const ex = exercises.data;
  const tr = training.data;
  const title = `${vi.exercises.halves[half]} ${year}`;
  const doneText = ex ? format(t.exercisesDone, { done: ex.done, planned: ex.planned }) : '';
  return (
    <Card size="small" title={title} role="region" aria-label={title} style={{ flex: 1, minWidth: 320 }}>
      {exercises.error && <Alert type="error" showIcon title={exercises.error.message} />}
      {ex && (
        <div role="group" aria-label={doneText}>
          <Flex justify="space-between" gap={8}>
            <Typography.Text strong>{doneText}</Typography.Text>
            {ex.cancelled > 0 && (
              <Typography.Text type="secondary">
                {format(t.exercisesCancelled, { cancelled: ex.cancelled })}
              </Typography.Text>
            )}
          </Flex>
          <Progress aria-label={doneText} percent={barPercent(ex.done, ex.planned)} status="normal" />
        </div>
      )}
      {training.error && <Alert type="error" showIcon title={training.error.message} />}
      {tr && (
        <Flex vertical gap={4} style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">
            {format(t.courses, { courses: tr.courses, participants: tr.participants })}
          </Typography.Text>
          <Rate label={t.attendanceRate} rate={tr.attendanceRate} />
          <Rate label={t.goodOrBetterRate} rate={tr.goodOrBetterRate} />
        </Flex>
      )}
    </Card>
  );
}

/** The half-year figures of the report, side by side. */
export function HalfYearFigures({ year }: { year: number }) {
  return (
    <Flex gap={12} wrap>
      <HalfYear year={year} half={1} />
      <HalfYear year={year} half={2} />
    </Flex>
  );
}
