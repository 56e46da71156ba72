import { Typography } from 'antd';
import type { ExerciseStatusFacts, ExerciseStep } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { StatusHistory } from '../../shared/StatusHistory';

const t = vi.exercises;
const w = vi.wayBack.exercise;

/** The facts a correction changed, as they were before it ("Kết quả đánh giá: Khá, …"). */
function changedBefore(step: ExerciseStep): string {
  const keys = Object.keys(step.before) as Array<Exclude<keyof ExerciseStatusFacts, 'status'>>;
  const label = (key: Exclude<keyof ExerciseStatusFacts, 'status'>, facts: ExerciseStatusFacts): string => {
    const value = facts[key];
    if (value === null || value === '') return vi.common.none;
    if (key === 'rating') return t.ratings[value as keyof typeof t.ratings];
    if (key === 'startedOn' || key === 'endedOn') return displayDate(value);
    return String(value);
  };
  return keys
    .filter((key) => (key as string) !== 'status' && step.before[key] !== step.after[key])
    .map((key) => `${t.fields[key]}: ${label(key, step.before)}`)
    .join('; ');
}

/** An exercise's status steps, corrections (with the old values) and undos, oldest first. */
export function StepHistory({ steps }: { steps: ExerciseStep[] }) {
  return (
    <StatusHistory
      steps={steps}
      statuses={t.statuses}
      labels={w}
      extra={(s) =>
        s.kind === 'correction' && (
          <Typography.Text type="secondary">{format(w.before, { values: changedBefore(s) })}</Typography.Text>
        )
      }
    />
  );
}
