import { List, Tag, Typography } from 'antd';
import type { ExerciseStatusFacts, ExerciseStep } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';

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
    <section aria-label={w.history}>
      <Typography.Title level={5}>{w.history}</Typography.Title>
      <List
        size="small"
        locale={{ emptyText: w.noHistory }}
        dataSource={steps}
        renderItem={(s) => (
          <List.Item>
            <div>
              <span style={s.undoneAt ? { textDecoration: 'line-through' } : undefined}>
                {format(w.line, {
                  when: displayDate(s.createdAt.slice(0, 10)),
                  kind: w.kinds[s.kind],
                  from: t.statuses[s.fromStatus],
                  to: t.statuses[s.toStatus],
                })}
              </span>
              {s.undoneAt && <Tag style={{ marginLeft: 8 }}>{vi.wayBack.undoneMark}</Tag>}
              {s.reason && <div>{s.reason}</div>}
              {s.kind === 'correction' && (
                <Typography.Text type="secondary">{format(w.before, { values: changedBefore(s) })}</Typography.Text>
              )}
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
