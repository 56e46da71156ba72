import { List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CourseStep } from '../../../electron/core/api/contract';
import { format, vi } from '../messages/vi';
import dayjs from 'dayjs';
import { DISPLAY_DATE_FORMAT } from './dates';

/** What every status history shows of a step: when, what kind, from which status to which, why, undone or not. */
export interface HistoryStep<S extends string, K extends string> {
  createdAt: string;
  kind: K;
  fromStatus: S;
  toStatus: S;
  reason: string;
  undoneAt: string | null;
}

interface Props<S extends string, K extends string, T extends HistoryStep<S, K>> {
  steps: readonly T[];
  /** The record's status names ("Kế hoạch", "Đang huấn luyện"…). */
  statuses: Record<S, string>;
  /** The history's own wording: title, empty text, one line's pattern and the kinds of step (course by default). */
  labels?: { history: string; noHistory: string; line: string; kinds: Record<K, string> };
  /** A further line under a step (an exercise's correction says what the values were before it). */
  extra?: (step: T) => ReactNode;
}

/** The step that "Hoàn tác bước cuối" would take back: the newest in force, if it led to the status now. */
export function undoableStep<S extends string>(steps: readonly CourseStep<S>[], status: S): CourseStep<S> | undefined {
  const last = steps.findLast((s) => s.kind === 'step' && !s.undoneAt);
  return last?.toStatus === status ? last : undefined;
}

/**
 * "Lịch sử trạng thái" of a record: each step and each undo with its reason, oldest first; an undone
 * step struck through. The time is the PC's local clock (a step stored at 23:30 UTC on the 27th was
 * taken on the 28th in Vietnam, and says so).
 */
export function StatusHistory<S extends string, K extends string, T extends HistoryStep<S, K>>({
  steps,
  statuses,
  labels = vi.wayBack.course as unknown as NonNullable<Props<S, K, T>['labels']>,
  extra,
}: Props<S, K, T>) {
  return (
    <section aria-label={labels.history}>
      <Typography.Title level={5}>{labels.history}</Typography.Title>
      <List
        size="small"
        locale={{ emptyText: labels.noHistory }}
        dataSource={[...steps]}
        renderItem={(s) => (
          <List.Item>
            <div>
              <span style={s.undoneAt ? { textDecoration: 'line-through' } : undefined}>
                {format(labels.line, {
                  when: dayjs(s.createdAt).format(`${DISPLAY_DATE_FORMAT} HH:mm`),
                  kind: labels.kinds[s.kind],
                  from: statuses[s.fromStatus],
                  to: statuses[s.toStatus],
                })}
              </span>
              {s.undoneAt && <Tag style={{ marginLeft: 8 }}>{vi.wayBack.undoneMark}</Tag>}
              {s.reason && <div>{format(vi.wayBack.course.reason, { reason: s.reason })}</div>}
              {extra?.(s)}
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
