import { List, Tag, Typography } from 'antd';
import type { CourseStep } from '../../../electron/core/api/contract';
import { format, vi } from '../messages/vi';
import dayjs from 'dayjs';
import { DISPLAY_DATE_FORMAT } from './dates';

const w = vi.wayBack.course;

interface Props<S extends string> {
  steps: readonly CourseStep<S>[];
  /** The record's status names ("Kế hoạch", "Đang huấn luyện"…). */
  statuses: Record<S, string>;
}

/** The step that "Hoàn tác bước cuối" would take back: the newest in force, if it led to the status now. */
export function undoableStep<S extends string>(steps: readonly CourseStep<S>[], status: S): CourseStep<S> | undefined {
  const last = steps.findLast((s) => s.kind === 'step' && !s.undoneAt);
  return last?.toStatus === status ? last : undefined;
}

/** "Lịch sử trạng thái" of a course: each step and each undo with its reason, oldest first; an undone step struck through. */
export function StatusHistory<S extends string>({ steps, statuses }: Props<S>) {
  return (
    <section aria-label={w.history}>
      <Typography.Title level={5}>{w.history}</Typography.Title>
      <List
        size="small"
        locale={{ emptyText: w.noHistory }}
        dataSource={[...steps]}
        renderItem={(s) => (
          <List.Item>
            <div>
              <span style={s.undoneAt ? { textDecoration: 'line-through' } : undefined}>
                {format(w.line, {
                  when: dayjs(s.createdAt).format(`${DISPLAY_DATE_FORMAT} HH:mm`),
                  kind: w.kinds[s.kind],
                  from: statuses[s.fromStatus],
                  to: statuses[s.toStatus],
                })}
              </span>
              {s.undoneAt && <Tag style={{ marginLeft: 8 }}>{vi.wayBack.undoneMark}</Tag>}
              {s.reason && <div>{format(vi.wayBack.course.reason, { reason: s.reason })}</div>}
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
